// customer-terms check: lint ticket text for internal jargon (and, with
// --writeup, the four-part write-up checks). Usable in CI on issue bodies.
import { readFile } from 'node:fs/promises';
import { analyzeWith, defaultMap, PhraseMapError, type CompiledMap, type Finding } from '../core';
import { validateEntries } from '../core/phrase-map/compile';
import { compileLayered, parseTeamMap } from '../core/phrase-map/layer';
import { checkTicketText } from '../core/writeup';
import { suggestFor } from '../core/rewrite/suggest';
import { rewriteTicket } from '../core/rewrite/ticket';
import { defaultEntries, identifierShape } from '../phrases';
import { parseArgs, USAGE, UsageError, type CheckArgs } from './args';
import { formatJson, formatText, type FileReport } from './report';

declare const __VERSION__: string | undefined;

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  return readFile(file, 'utf8');
}

async function loadMap(path: string | undefined): Promise<CompiledMap> {
  if (!path) return defaultMap();
  const team = parseTeamMap(await readFile(path, 'utf8'));
  return compileLayered(validateEntries(defaultEntries), team, identifierShape);
}

/** Today in the user's own time zone, as the side panel has it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A file as a ticket: its first line is the title. */
function ticketOf(text: string) {
  const at = text.indexOf('\n');
  return at === -1 ? { title: text, body: '' } : { title: text.slice(0, at), body: text.slice(at + 1) };
}

async function check(args: CheckArgs): Promise<number> {
  const map = await loadMap(args.map);
  const files = args.files.length ? args.files : ['-'];
  const reports: FileReport[] = [];
  for (const file of files) {
    const text = await readInput(file);
    const findings: Finding[] = analyzeWith(map, text);
    if (args.command === 'rewrite') {
      reports.push({ file, text: rewriteTicket(text, findings), findings, offers: [] });
      continue;
    }
    const ticket = ticketOf(text);
    const titleEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
    const offers = findings.map((finding) => suggestFor({ text, finding, ticket, isTitle: finding.end <= titleEnd }));
    const checks = args.writeup
      ? checkTicketText(text, { today: args.today ?? today(), findJargon: (t: string) => analyzeWith(map, t) })
      : undefined;
    reports.push({ file: file === '-' ? '<stdin>' : file, text, findings, offers, checks });
  }
  if (args.command === 'rewrite') {
    process.stdout.write(reports.map((r) => r.text).join('\n'));
    return reports.some((r) => r.findings.length > 0) ? 1 : 0;
  }
  process.stdout.write(args.format === 'json' ? formatJson(reports) : formatText(reports));
  const flagged = reports.some((r) => r.findings.length > 0 || r.checks?.some((c) => !c.passed));
  return flagged ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
      return 0;
    }
    return await check(args);
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(`customer-terms: ${error.message}\n\n${USAGE}\n`);
    else if (error instanceof PhraseMapError) process.stderr.write(`customer-terms: ${error.message}\n`);
    else if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') {
      process.stderr.write(
        `customer-terms: cannot read ${(error as NodeJS.ErrnoException).path}: ${(error as Error).message}\n`,
      );
    } else throw error;
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
