// Splits text into word tokens with the exact gap before each one, so phrase
// matching works on words (whole words only) without parsing sentences.

/** Letters, digits, combining marks and underscores; an apostrophe inside a word keeps it whole. */
const WORD = /[\p{L}\p{N}\p{M}_]+(?:['’][\p{L}\p{M}]+)*/gu;

export interface TokenStream {
  /** UTF-16 start offset of each token. */
  starts: Int32Array;
  ends: Int32Array;
  /** The token as written. */
  raw: string[];
  /** The token in lower case, for case-insensitive lookups. */
  lower: string[];
  length: number;
}

/**
 * Normalises the text between two tokens. Any run of spaces with at most one
 * line break, or a single hyphen, joins the words of a phrase ("clean-up" is
 * "clean up"); any other gap must match the phrase literally ("n+1").
 */
export function gapKey(gap: string): string {
  if (gap === ' ' || gap === '-' || gap === '\u2010' || gap === '\u2011') return ' ';
  if (/^[ \t\u00a0]*\r?\n?[ \t\u00a0]*$/.test(gap) && gap.length > 0) return ' ';
  return gap;
}

export function tokenize(text: string): TokenStream {
  const starts: number[] = [];
  const ends: number[] = [];
  const raw: string[] = [];
  const lower: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    starts.push(m.index);
    ends.push(m.index + word.length);
    raw.push(word);
    lower.push(word.toLowerCase());
  }
  return {
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    raw,
    lower,
    length: raw.length,
  };
}

/** The normalised gap between token i-1 and token i; computed only when a phrase continues. */
export function gapBefore(text: string, stream: TokenStream, i: number): string {
  return gapKey(text.slice(stream.ends[i - 1]!, stream.starts[i]!));
}

/** The lookup keys of a phrase: its first token, then each gap and token glued together. */
export function phraseKeys(phrase: string, exact: boolean): string[] {
  const stream = tokenize(phrase);
  const words = exact ? stream.raw : stream.lower;
  return words.map((word, i) => (i === 0 ? word : gapBefore(phrase, stream, i) + word));
}
