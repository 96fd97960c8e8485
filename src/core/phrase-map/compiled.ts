// The compiled phrase map: plain, serialisable data. The content script gets it
// ready-made, so matching never needs the language library that built it.
import type { Category, Rewrite } from './schema';

export interface CompiledEntry {
  id: string;
  category: Category;
  why: string;
  rewrites: Rewrite[];
}

export type CompiledForm = [form: string, entry: number, keys?: string[]];

export interface CompiledMap {
  version: 1;
  entries: CompiledEntry[];
  /**
   * Case-insensitive forms, inflections included: [form, index into entries, lookup keys].
   * The keys (see match/tokens phraseKeys) are stored only when they are not just [form],
   * so a page never tokenizes the map's phrases again.
   */
  words: CompiledForm[];
  /** Case-sensitive forms (acronyms such as GC), as `words`. */
  exact: CompiledForm[];
  /** Longer forms that are fine as they are: [form, case-sensitive]. */
  exceptions: [string, boolean][];
  /** What a code identifier reads like, and what to ask for instead. */
  identifier: CompiledEntry;
}
