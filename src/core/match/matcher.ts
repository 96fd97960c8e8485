// Finds phrase-map phrases in text: word tokens are looked up in a trie of
// compiled forms, the longest match at each position wins, and no sentence is
// ever parsed, so matching stays fast enough to run on every keystroke pause.
import type { CompiledMap } from '../phrase-map/compiled';
import { gapBefore, phraseKeys, tokenize, type TokenStream } from './tokens';
import type { Range } from './excluded';

const NONE = -1;
const EXCEPTION = -2;

interface Node {
  entry: number;
  next?: Map<string, Node>;
}

export interface Matcher {
  map: CompiledMap;
  words: Map<string, Node>;
  exact: Map<string, Node>;
}

function insert(root: Map<string, Node>, keys: string[], entry: number) {
  let level = root;
  let node: Node | undefined;
  keys.forEach((key, i) => {
    node = level.get(key);
    if (!node) {
      node = { entry: NONE };
      level.set(key, node);
    }
    if (i < keys.length - 1) level = node.next ??= new Map();
  });
  if (node && (node.entry === NONE || entry === EXCEPTION)) node.entry = entry;
}

export function createMatcher(map: CompiledMap): Matcher {
  const words = new Map<string, Node>();
  const exact = new Map<string, Node>();
  for (const [form, entry, keys] of map.words) insert(words, keys ?? [form], entry);
  for (const [form, entry, keys] of map.exact) insert(exact, keys ?? [form], entry);
  for (const [form, caseSensitive] of map.exceptions) {
    insert(caseSensitive ? exact : words, phraseKeys(form, caseSensitive), EXCEPTION);
  }
  return { map, words, exact };
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
  root: Map<string, Node>,
  keys: string[],
  i: number,
): PhraseMatch | null {
  let node = root.get(keys[i]!);
  let best: PhraseMatch | null = null;
  let j = i;
  while (node) {
    if (node.entry !== NONE) best = { first: i, last: j, entry: node.entry };
    if (!node.next || j + 1 >= stream.length || blocked[j + 1]) break;
    node = node.next.get(gapBefore(text, stream, j + 1) + keys[j + 1]!);
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
