// Where a write-up already sits in a description, so inserting a new one
// replaces it instead of stacking a second copy on top. Pure: offsets only.
import { HEADINGS } from '../core/writeup/sections';

const KNOWN = new Set(Object.values(HEADINGS).map((h) => h.toLowerCase()));
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/;

export function isWriteUpHeading(text: string): boolean {
  return KNOWN.has(
    text
      .replace(/\*\*|__/g, '')
      .replace(/:$/, '')
      .trim()
      .toLowerCase(),
  );
}

/**
 * [start, end) of the write-up in `markdown`: from its first section heading
 * (or from `summary`, when that paragraph opens the text) to the end of its last
 * section's body as the renderer writes it (so text after the write-up stays). Null when the text holds no write-up section.
 */
export function writeUpSpan(markdown: string, summary = ''): [number, number] | null {
  const lines = markdown.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const headingName = (i: number) => HEADING.exec(lines[i]!.replace(/\r$/, ''))?.[1] ?? null;
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const name = headingName(i);
    if (name === null) continue;
    if (isWriteUpHeading(name)) {
      if (first === -1) first = i;
      last = i;
    } else if (first !== -1) break;
  }
  if (first === -1) return null;
  // The last section ends with the body our renderer writes under it: a list, or
  // for "What goes wrong today" one paragraph. Whatever follows is the reporter's.
  const endLine = sectionBodyEnd(lines, last, headingName);
  const end = Math.min(markdown.length, endLine < lines.length ? starts[endLine]! - 1 : markdown.length);
  // The summary paragraph the renderer puts first belongs to it only when it is that write-up's summary.
  const head = markdown.slice(0, starts[first]!);
  const lastParagraph =
    head
      .split(/\n[ \t]*\n/)
      .filter((p) => p.trim())
      .pop()
      ?.trim() ?? '';
  const ownSummary = summary && lastParagraph && squash(lastParagraph) === squash(summary);
  const start = ownSummary ? head.lastIndexOf(lastParagraph) : starts[first]!;
  return [start, end];
}

const BULLET = /^[ \t]*[-*+][ \t]/;
const BLOCK_START = /^[ \t]*(?:[-*+>]|\d+[.)])(?:[ \t]|$)/;

/** True for the one section the renderer writes as a paragraph rather than a list. */
export function isParagraphSection(heading: string): boolean {
  return (
    heading
      .replace(/\*\*|__/g, '')
      .replace(/:$/, '')
      .trim()
      .toLowerCase() === HEADINGS.problem.toLowerCase()
  );
}

/** The line after the body under heading line `at`; the heading line's own end when no such body follows. */
function sectionBodyEnd(lines: string[], at: number, headingName: (i: number) => string | null): number {
  let i = at + 1;
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (i >= lines.length || headingName(i) !== null) return at + 1;
  if (isParagraphSection(headingName(at)!)) {
    if (BLOCK_START.test(lines[i]!)) return at + 1;
    i++;
    while (i < lines.length && lines[i]!.trim() && headingName(i) === null && !BLOCK_START.test(lines[i]!)) i++;
    return i;
  }
  if (!BULLET.test(lines[i]!)) return at + 1;
  while (i < lines.length && BULLET.test(lines[i]!)) i++;
  return i;
}

const squash = (text: string) => text.replace(/^\\/, '').replace(/\s+/g, ' ').trim();
