// The compiled phrase map: plain, serialisable data. The content script gets it
// ready-made, so matching never needs the language library that built it.
import type { Category } from './schema';

export interface CompiledEntry {
  id: string;
  category: Category;
  why: string;
  rewrites: string[];
}

export interface CompiledMap {
  version: 1;
  entries: CompiledEntry[];
  /** Case-insensitive forms, inflections included: [form, index into entries]. */
  words: [string, number][];
  /** Case-sensitive forms (acronyms such as GC): [form, index into entries]. */
  exact: [string, number][];
  /** Longer forms that are fine as they are: [form, case-sensitive]. */
  exceptions: [string, boolean][];
  /** What a code identifier reads like, and what to ask for instead. */
  identifier: CompiledEntry;
}
