// Splits text into word tokens with the exact gap before each one, so phrase
// matching works on words (whole words only) without parsing sentences.

/** Word characters outside ASCII: letters, digits and combining marks of any script. */
const WIDE_WORD = /^[\p{L}\p{N}\p{M}]$/u;
const WIDE_LETTER = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 unit below 0xD800: 0 unknown, 1 word character, 2 letter or mark (may follow an apostrophe), 3 neither. */
const kinds = new Uint8Array(0xd800);

function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) {
    const c = String.fromCharCode(code);
    kind = WIDE_LETTER.test(c) ? 2 : WIDE_WORD.test(c) || code === 95 ? 1 : 3;
    kinds[code] = kind;
  }
  return kind;
}

/** Length of the word character at i (1, or 2 for an astral letter), or 0. */
function wordCharAt(text: string, i: number, lettersOnly: boolean): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800) {
    const kind = kindOf(code);
    return kind === 2 || (kind === 1 && !lettersOnly) ? 1 : 0;
  }
  if (code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const char = text.slice(i, i + 2);
      return (lettersOnly ? WIDE_LETTER : WIDE_WORD).test(char) ? 2 : 0;
    }
  }
  if (code >= 0xe000) return (lettersOnly ? WIDE_LETTER : WIDE_WORD).test(text[i]!) ? 1 : 0;
  return 0;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/** "Redis's": the 's ends the word, so the name itself is matched. */
function isPossessive(text: string, apostrophe: number): boolean {
  const s = text.charCodeAt(apostrophe + 1);
  return (s === 115 || s === 83) && (apostrophe + 2 >= text.length || wordCharAt(text, apostrophe + 2, false) === 0);
}

export interface TokenStream {
  /** UTF-16 offsets where each token starts and ends. */
  starts: number[];
  ends: number[];
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
function gapKey(gap: string): string {
  if (gap === ' ' || gap === '-' || gap === '\u2010' || gap === '\u2011') return ' ';
  if (/^[ \t\u00a0]*\r?\n?[ \t\u00a0]*$/.test(gap) && gap.length > 0) return ' ';
  return gap;
}

/**
 * Tokens are runs of letters, digits, combining marks and underscores; an
 * apostrophe followed by a letter stays inside a word ("can't"), except a
 * possessive 's. A plain loop
 * over char codes: much faster than a Unicode regular expression.
 */
export function tokenize(text: string): TokenStream {
  const starts: number[] = [];
  const ends: number[] = [];
  const raw: string[] = [];
  const lower: string[] = [];
  const lowered = text.toLowerCase();
  // Lower-casing can change lengths (İ); then each token is lowered on its own.
  const aligned = lowered.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let width = wordCharAt(text, i, false);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < n ? wordCharAt(text, i, false) : 0;
      if (
        width === 0 &&
        i + 1 < n &&
        isApostrophe(text.charCodeAt(i)) &&
        wordCharAt(text, i + 1, true) > 0 &&
        !isPossessive(text, i)
      )
        width = 1;
    }
    const word = text.slice(start, i);
    starts.push(start);
    ends.push(i);
    raw.push(word);
    lower.push(aligned ? lowered.slice(start, i) : word.toLowerCase());
  }
  return { starts, ends, raw, lower, length: raw.length };
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
