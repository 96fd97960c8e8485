// Parts of a ticket that are never flagged: code, links, addresses, mentions,
// issue references and file paths. They are someone's exact words or names.
// Each kind is found from the character that must be in it (`, @, #, /, :, -),
// so text without those characters costs almost nothing.
import { isPathChar, isWordChar, pathRun, scanFrom } from './chars';

export type Range = readonly [start: number, end: number];
type Found = [number, number][];

const FILE_EXTENSIONS =
  'tsx?|jsx?|mjs|cjs|json|ya?ml|toml|md|py|rb|go|rs|java|kts?|php|cs|cpp|c|h|sh|sql|css|scss|html?|xml|lock|env|conf|ini|log|txt|csv|gradle|dockerfile';
/** A file extension at the end of a name: ".ts", ".yml". */
const EXTENSION = new RegExp(`\\.(?:${FILE_EXTENSIONS})(?![\\p{L}\\p{N}_])`, 'giu');
const LAST_SEGMENT_EXTENSION = /\.[a-z][a-z0-9]{0,5}$/;

const BLOCKS: [RegExp, string][] = [
  // Fenced code blocks; an unclosed fence runs to the end of the text.
  [/^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm, '\n'],
  // Inline code spans (single or double backticks) on one line.
  [/``[^\n]+?``|`[^`\n]+`/g, '`'],
  // HTML comments, which issue templates are full of.
  [/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, '<!--'],
  // Markdown link targets.
  [/\]\([^)\s]*\)/g, ']('],
];

function blocks(text: string, found: Found) {
  for (const [pattern, needle] of BLOCKS) {
    if (needle === '\n' ? !(text.includes('```') || text.includes('~~~')) : !text.includes(needle)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) found.push([m.index, m.index + m[0].length]);
  }
}

/** URLs with a scheme (https://…) or starting with www. */
function urls(text: string, found: Found) {
  const end = (from: number) =>
    scanFrom(text, from, (c) => c > 32 && c !== 60 && c !== 62 && c !== 34 && c !== 39 && c !== 96);
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && /[a-z0-9+.-]/i.test(text[start - 1]!)) start--;
    if (start < at && /[a-z]/i.test(text[start]!)) found.push([start, end(at + 3)]);
  }
  const www = /\bwww\./gi;
  for (let m = www.exec(text); m !== null; m = www.exec(text)) found.push([m.index, end(m.index + 4)]);
}

/** E-mail addresses and @mentions (teams too: @org/team). */
function atSigns(text: string, found: Found) {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && /[\p{L}\p{N}._%+-]/u.test(text[start - 1]!)) start--;
    const domainEnd = scanFrom(text, at + 1, (_c, ch) => /[\p{L}\p{N}.-]/u.test(ch));
    const domain = text.slice(at + 1, domainEnd).replace(/\.+$/, '');
    if (start < at && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(domain)) {
      found.push([start, at + 1 + domain.length]);
      continue;
    }
    const before = text[at - 1];
    if (start < at || (before !== undefined && /[\p{L}\p{N}_@.]/u.test(before))) continue;
    const name = /^[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?/.exec(text.slice(at + 1, at + 120));
    if (name) found.push([at, at + 1 + name[0].length]);
  }
}

/** #123 and owner/repo#123. */
function hashReferences(text: string, found: Found) {
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    const digitsEnd = scanFrom(text, at + 1, (c) => c >= 48 && c <= 57);
    if (digitsEnd === at + 1 || (digitsEnd < text.length && isWordChar(text, digitsEnd))) continue;
    let start = at;
    const prefix = /(?:^|[^\p{L}\p{N}_/])([\w.-]+\/[\w.-]+)$/u.exec(text.slice(Math.max(0, at - 100), at));
    if (prefix) start = at - prefix[1]!.length;
    else if (at > 0 && (isWordChar(text, at - 1) || text[at - 1] === '/')) continue;
    found.push([start, digitsEnd]);
  }
}

/** Look like tracker keys but are labels worth flagging: severities and vulnerability ids. */
const NOT_KEYS = new Set(['SEV', 'CVE', 'GHSA']);

/** Tracker keys such as ABC-123 and GH-7. */
function trackerKeys(text: string, found: Found) {
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    const digitsEnd = scanFrom(text, at + 1, (c) => c >= 48 && c <= 57);
    if (digitsEnd === at + 1 || (digitsEnd < text.length && isWordChar(text, digitsEnd))) continue;
    let start = at;
    while (start > 0 && /[A-Z0-9_]/.test(text[start - 1]!)) start--;
    const key = text.slice(start, at);
    if (key.length < 2 || key.length > 10 || !/^[A-Z]/.test(key) || NOT_KEYS.has(key)) continue;
    if (start > 0 && isWordChar(text, start - 1)) continue;
    found.push([start, digitsEnd]);
  }
}

/** Paths: ./x, ../x, ~/x, /x/y, a/b/c and a/b.ext; "and/or" and "CI/CD" stay prose. */
function paths(text: string, found: Found) {
  let searchFrom = 0;
  for (let at = text.indexOf('/'); at !== -1; at = text.indexOf('/', searchFrom)) {
    const [start, end] = pathRun(text, at);
    searchFrom = Math.max(end, at + 1);
    if (start > 0 && isWordChar(text, start - 1)) continue;
    const run = text.slice(start, end).replace(/[.]+$/, '');
    const slashes = run.split('/').length - 1;
    const rooted = /^(?:~|\.{1,2})?\//.test(run) && run.length > 1 && /[\w]/.test(run);
    const last = run.slice(run.lastIndexOf('/') + 1);
    const named = /^[\w@-]/.test(run) && slashes >= 1 && LAST_SEGMENT_EXTENSION.test(last);
    if (rooted || slashes >= 2 || named) found.push([start, start + run.length]);
  }
}

/** Bare file names with a common source, config or data extension: config.yml. */
function fileNames(text: string, found: Found) {
  if (!text.includes('.')) return;
  EXTENSION.lastIndex = 0;
  for (let m = EXTENSION.exec(text); m !== null; m = EXTENSION.exec(text)) {
    let start = m.index;
    while (start > 0 && /[\w.-]/.test(text[start - 1]!)) start--;
    if (start === m.index || (start > 0 && isPathChar(text.charCodeAt(start - 1)))) continue;
    // Product names such as Node.js or Next.js are words, not files.
    if (/^[A-Z][a-z]+\.js$/.test(text.slice(start, m.index + m[0].length))) continue;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    found.push([start, m.index + m[0].length]);
  }
}

/** Sorted, merged ranges of text that must not be flagged. */
export function excludedRanges(text: string): Range[] {
  const found: Found = [];
  blocks(text, found);
  if (text.includes('://') || /www\./i.test(text)) urls(text, found);
  if (text.includes('@')) atSigns(text, found);
  if (text.includes('#')) hashReferences(text, found);
  trackerKeys(text, found);
  if (text.includes('/')) paths(text, found);
  fileNames(text, found);
  return mergeRanges(found);
}

export function mergeRanges(ranges: [number, number][]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
