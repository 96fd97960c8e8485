// Finds phrase-map phrases in text: word tokens are looked up in a table of compiled
// forms and their beginnings, the longest match at each position wins, and no sentence
// is ever parsed, so matching stays fast enough to run on every keystroke pause.
import type { CompiledMap } from '../phrase-map/compiled';
import { gapBefore, phraseKeys, tokenize, type TokenStream } from './tokens';
import type { Range } from './excluded';

const NONE = -1;
const EXCEPTION = -2;

/**
 * Every form and every beginning of a longer one, by its lookup keys joined ("clean up"),
 * to one number: the form's entry index (or NONE for a beginning only, EXCEPTION for a
 * form that is fine as it is) times two, plus one when a longer form goes on from it.
 * One flat table of numbers, not a tree of nodes: built from thousands of forms on every
 * page, it must allocate little (a fresh page's garbage collector copies whatever survives).
 */
export type FormTable = Map<string, number>;

/** The value of a key that is only the beginning of longer forms. */
export const BEGINNING_ONLY = NONE * 2 + 1;

const entryOf = (value: number) => value >> 1;
const goesOn = (value: number) => (value & 1) === 1;

export interface Matcher {
  map: CompiledMap;
  words: FormTable;
  exact: FormTable;
}

/** Notes that a longer form goes on from this beginning. */
function markBeginning(table: FormTable, beginning: string) {
  const value = table.get(beginning);
  if (value === undefined) table.set(beginning, BEGINNING_ONLY);
  else if (!goesOn(value)) table.set(beginning, value + 1);
}

/** The form itself: the first entry to claim it keeps it, unless an exception says it is fine. */
function setForm(table: FormTable, joined: string, entry: number) {
  const value = table.get(joined);
  if (value === undefined) table.set(joined, entry * 2);
  else if (entryOf(value) === NONE || entry === EXCEPTION) table.set(joined, entry * 2 + (value & 1));
}

/** Adds a form by its lookup keys (see tokens phraseKeys). */
export function addForm(table: FormTable, keys: readonly string[], entry: number) {
  let joined = keys[0]!;
  for (let i = 1; i < keys.length; i++) {
    markBeginning(table, joined);
    joined += keys[i]!;
  }
  setForm(table, joined, entry);
}

/** Adds a form whose lookup keys are its words split at single spaces (most of them): no keys to make. */
export function addSpacedForm(table: FormTable, form: string, entry: number) {
  for (let space = form.indexOf(' '); space !== -1; space = form.indexOf(' ', space + 1))
    markBeginning(table, form.slice(0, space));
  setForm(table, form, entry);
}

export function addException(matcher: Matcher, form: string, caseSensitive: boolean) {
  addForm(caseSensitive ? matcher.exact : matcher.words, phraseKeys(form, caseSensitive), EXCEPTION);
}

export function createMatcher(map: CompiledMap): Matcher {
  const matcher: Matcher = { map, words: new Map(), exact: new Map() };
  for (const [form, entry, keys] of map.words)
    keys ? addForm(matcher.words, keys, entry) : setForm(matcher.words, form, entry);
  for (const [form, entry, keys] of map.exact)
    keys ? addForm(matcher.exact, keys, entry) : setForm(matcher.exact, form, entry);
  for (const [form, caseSensitive] of map.exceptions) addException(matcher, form, caseSensitive);
  return matcher;
}

export interface PhraseMatch {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  entry: number;
}

/** The longest phrase starting at token i, or null. */
function longestAt(
  text: string,
  stream: TokenStream,
  blocked: Uint8Array,
  table: FormTable,
  keys: string[],
  i: number,
): PhraseMatch | null {
  let joined = keys[i]!;
  let value = table.get(joined);
  let best: PhraseMatch | null = null;
  let j = i;
  while (value !== undefined) {
    const entry = entryOf(value);
    if (entry !== NONE) best = { first: i, last: j, entry };
    if (!goesOn(value) || j + 1 >= stream.length || blocked[j + 1]) break;
    joined += gapBefore(text, stream, j + 1) + keys[j + 1]!;
    value = table.get(joined);
    j++;
  }
  return best;
}

/** Marks tokens that overlap a range (ranges sorted by start, not overlapping). */
export function blockTokens(stream: TokenStream, ranges: readonly Range[]): Uint8Array {
  const blocked = new Uint8Array(stream.length);
  let r = 0;
  for (let i = 0; i < stream.length && r < ranges.length; i++) {
    while (r < ranges.length && ranges[r]![1] <= stream.starts[i]!) r++;
    const range = ranges[r];
    if (range && range[0] < stream.ends[i]!) blocked[i] = 1;
  }
  return blocked;
}

/** Phrase matches in text order, tokens in `blocked` never part of one. */
export function matchPhrases(matcher: Matcher, text: string, stream: TokenStream, blocked: Uint8Array): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < stream.length; i++) {
    if (blocked[i]) continue;
    const byWords = longestAt(text, stream, blocked, matcher.words, stream.lower, i);
    const byCase = matcher.exact.size ? longestAt(text, stream, blocked, matcher.exact, stream.raw, i) : null;
    const best = byCase && (!byWords || byCase.last >= byWords.last) ? byCase : byWords;
    if (!best) continue;
    if (best.entry !== EXCEPTION) matches.push(best);
    i = best.last;
  }
  return matches;
}

export { tokenize };
