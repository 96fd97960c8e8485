// The one message protocol between the extension's parts, discriminated on `kind`.
// Types only, so every part can import it without pulling in code.
import type { CardSuggestions } from './core/rewrite/types';
import type { Finding } from './core/types';
import type { WriteUpBlock } from './core/writeup/render';
import type { InsertRole } from './trackers/types';

/**
 * A field the write-up can go into: the description, an existing comment's edit box, or the new-comment box.
 * Defined with the other field roles in src/trackers/types.ts.
 */
export type { InsertRole };

/** What the side panel knows about the ticket open in its tab. */
export interface TicketSnapshot {
  tracker: 'github' | 'jira' | 'linear';
  /** "GitHub". */
  trackerLabel: string;
  /** Drafts are saved under it; a new, unsaved ticket gets a key made from its address. */
  key: string;
  /** True while the ticket is being created (no number yet). */
  isNew: boolean;
  url: string;
  title: string;
  /** The description as markdown when its source is being edited, otherwise as read from the page. */
  description: string;
  /** Where "Insert into ticket" goes now: the field last being edited, else the first one open; null when none is open. */
  editing: { role: InsertRole; rich: boolean } | null;
}

export interface InsertRequest {
  /** The write-up as blocks; rich editors get them as HTML, plain fields as `markdown`. */
  blocks: WriteUpBlock[];
  markdown: string;
  /** A comment is preferred for evidence, the description for a write-up. */
  prefer: 'description' | 'comment';
  /** The summary of the write-up already in the description, so the new one replaces it whole. */
  oldSummary?: string;
}

export type InsertResult = { ok: true; role: InsertRole } | { ok: false; reason: string };

/** Content script -> background, when a card opens: answered with `CardSuggestions`. */
export interface SuggestRequest {
  /** The field's text as analysed, and the finding in it. */
  text: string;
  finding: Finding;
  ticket: { key: string; title: string; body: string };
  isTitle: boolean;
}

export type SuggestResponse = CardSuggestions;

export type Message =
  /** Content script -> background: the page's number of flagged phrases, for the badge. */
  | { kind: 'badge'; count: number }
  /** Content script -> background: the card's "Open write-up" was clicked (a user gesture). */
  | { kind: 'open-write-up' }
  /** Side panel -> content script: answered with `TicketSnapshot | null` (null: no ticket on this page). */
  | { kind: 'get-ticket' }
  /** Content script -> side panel (and background): the ticket or the field being edited changed. */
  | { kind: 'ticket-changed'; ticket: TicketSnapshot | null }
  /** Side panel -> content script: answered with `InsertResult`. */
  | ({ kind: 'insert-write-up' } & InsertRequest)
  /** Content script -> background: what the card offers (the language library lives in the background). */
  | ({ kind: 'suggest' } & SuggestRequest)
  /** Content script -> background: "Ignore" on the card; the background writes, so tabs never race. */
  | { kind: 'ignore-phrase'; key: string }
  /** Content script -> background: "Add to phrase map" on the card; opens the settings page at the new entry. */
  | { kind: 'add-to-map'; phrase: string };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
