import type { Category, Rewrite } from './phrase-map/schema';

/** One flagged phrase. Offsets are UTF-16 code units of the analysed text (the DOM's unit). */
export interface Finding {
  start: number;
  end: number;
  /** The text as it stands in the input, `input.slice(start, end)`. */
  text: string;
  entryId: string;
  category: Category;
  /** How the phrase lands with sales or support, in one sentence. */
  why: string;
  /** Customer-term rewrite templates with the shape each fills; may contain slots such as {action}. */
  rewrites: Rewrite[];
}
