// Command-line arguments for `customer-terms check`.

export interface CheckArgs {
  /** check: list findings; rewrite: print the ticket with its sentence rewrites applied. */
  command: 'check' | 'rewrite';
  files: string[];
  format: 'text' | 'json';
  map?: string;
  writeup: boolean;
  today?: string;
}

export type Args = CheckArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: customer-terms check [files...] [options]
       customer-terms rewrite [files...] [options]

check    flags internal jargon in ticket text and suggests customer-term rewrites.
rewrite  prints the ticket with each sentence that reads as internal work rewritten
         in customer terms, the original kept as technical detail, for review.
Reads standard input when no file is given. A file's first line is its title.

Options:
  --format text|json   output for people (default) or for tools
  --map FILE           a team phrase map (JSON) layered over the default map
  --writeup            also run the four-part write-up checks
  --today YYYY-MM-DD   the date review dates are checked against (default: today)
  -h, --help           show this help
  --version            show the version

Exit status: 0 nothing flagged, 1 something flagged, 2 bad input.`;

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'check' && command !== 'rewrite') throw new UsageError(`unknown command "${command}"`);
  const args: CheckArgs = { command, files: [], format: 'text', writeup: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    else if (arg === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json, not "${format}"`);
      args.format = format;
    } else if (arg === '--map') args.map = value();
    else if (arg === '--writeup') args.writeup = true;
    else if (arg === '--today') {
      const today = value();
      if (!isCalendarDate(today)) throw new UsageError(`--today takes a real date as YYYY-MM-DD, not "${today}"`);
      args.today = today;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else args.files.push(arg);
  }
  return args;
}

/** "2026-02-30" has the right shape but is no date. */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}
