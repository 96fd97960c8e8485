// Where the sentence around a phrase starts and ends, in ticket text: prose
// sentences, and lines (titles, list items, headings) that are sentences of their own.

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|resp|Mr|Ms|Dr|St|No|v)|\b\p{L})\.$/u;
/** What opens a line without being part of its sentence: list markers, headings, quotes, task boxes. */
const LINE_LEAD = /^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?/;

function isBoundary(text: string, at: number): boolean {
  // `at` is the index of . ! or ?, followed by white space or the end.
  const ch = text[at]!;
  const next = text[at + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (ch !== '.') return true;
  return !ABBREVIATION.test(text.slice(Math.max(0, at - 8), at + 1));
}

/** The sentence holding [start, end): trimmed, without list markers, with its closing punctuation. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = text.lastIndexOf('\n', start - 1) + 1;
  for (let i = start - 1; i >= from; i--) {
    if (/[.!?]/.test(text[i]!) && isBoundary(text, i)) {
      from = i + 1;
      break;
    }
  }
  const lineEnd = text.indexOf('\n', end);
  let to = lineEnd === -1 ? text.length : lineEnd;
  for (let i = end; i < to; i++) {
    if (/[.!?]/.test(text[i]!) && isBoundary(text, i)) {
      to = i + 1;
      // Keep a closing quote or bracket that belongs to the sentence.
      while (to < text.length && /["'”’)\]]/.test(text[to]!)) to++;
      break;
    }
  }
  const lead = text.slice(from, start).match(LINE_LEAD)?.[0].length ?? 0;
  from += lead;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}
