// What the card offers for one finding, as plain data: it crosses from the
// background to the content script and is printed by the command line.
import type { RewriteShape } from '../phrase-map/schema';
import type { SlotValues } from './fill';

/** A rewrite in place of the phrase (and, where the rewrite carries them, its verb or object). */
export interface Suggestion {
  /** The replacement, with the blanks the ticket supplies filled; an empty blank reads "[customer action]". */
  text: string;
  /** Slot names still empty. */
  blanks: string[];
  /** The whole sentence as it reads after applying. */
  sentenceAfter: string;
  /** The range replaced in the analysed text. */
  start: number;
  end: number;
  as: RewriteShape;
  /** For filling blanks live: the replacement with its slots, and the sentence around the range. */
  template: string;
  capitalize: boolean;
  before: string;
  after: string;
}

/** One customer-terms sentence in place of a sentence or title that reads as internal work. */
export interface SentenceRewrite {
  text: string;
  sentenceBefore: string;
  blanks: string[];
  start: number;
  end: number;
  template: string;
  /** The original, to keep after the new sentence as "(technical detail: …)"; empty for titles. */
  detail: string;
  isTitle: boolean;
}

export interface CardSuggestions {
  suggestions: Suggestion[];
  /** Rewrites that fit but need the customer action, which the ticket does not name; shown once it is typed. */
  awaiting: Suggestion[];
  sentenceRewrite: SentenceRewrite | null;
  /** A line to add at the top of the ticket when nothing fits in place; blanks as in a template. */
  customerLine: string | null;
  /** Why no rewrite fits in place, in plain words; null when some does. */
  nothingFits: string | null;
  /**
   * In a title, when the only rewrites in place are plainer words for the work ("Update" for "Bump"):
   * why the title rewrite (or the write-up) comes first. Null otherwise.
   */
  plainerOnly: string | null;
  /** The blanks as prefilled (from the ticket, then from what the user typed for it). */
  slots: SlotValues;
}
