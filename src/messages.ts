// The one message protocol between the extension's parts, discriminated on `kind`: each
// kind's request and the answer it gets (Protocol), a typed send for each direction, and
// the check every receiver runs on what arrives (isMessage). No schema library, so the
// content scripts stay small.
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

/** A message that is its kind alone. */
type NoFields = Record<never, never>;

/**
 * What "Add to phrase map" did: the entry it opened (`added` false when an entry had the words
 * already), or why it changed nothing for now (`retry`: the organisation's policy has not loaded).
 */
export type AddedEntry = { id: string; added: boolean } | { retry: string };

/**
 * Every message by its `kind`: who sends it to whom, the request's fields and the answer it
 * gets (`undefined`: none). Runtime messages go from a content script to the extension's own pages
 * (the background and the side panel both hear them); tab messages go from the side panel to
 * the content script of its tab.
 */
export interface Protocol {
  /** Content script -> background: the page's number of flagged phrases, for the badge. */
  badge: { to: 'runtime'; request: { count: number }; response: undefined };
  /** Content script -> background: the card's "Open write-up" was clicked (a user gesture). */
  'open-write-up': { to: 'runtime'; request: NoFields; response: undefined };
  /** Content script -> side panel (and background): the ticket or the field being edited changed. */
  'ticket-changed': { to: 'runtime'; request: { ticket: TicketSnapshot | null }; response: undefined };
  /** Content script -> background: what the card offers (the language library lives in the background). */
  suggest: { to: 'runtime'; request: SuggestRequest; response: SuggestResponse };
  /**
   * Content script -> background: why each built-in entry reads as internal, by entry id. The
   * content scripts carry the built-in map without its reasons (src/build/page-map.ts); the card
   * and a list row's details ask for them the first time one is shown.
   */
  reasons: { to: 'runtime'; request: NoFields; response: Record<string, string> };
  /** Content script -> background: "Ignore" on the card; the background writes, so tabs never race. */
  'ignore-phrase': { to: 'runtime'; request: { key: string }; response: undefined };
  /**
   * Content script -> background: blanks typed in the card for a ticket (an empty value clears one);
   * the background merges them into what the ticket had, so two tabs never lose each other's.
   */
  'remember-blanks': {
    to: 'runtime';
    request: { ticketKey: string; slots: Record<string, string | undefined> };
    response: undefined;
  };
  /**
   * Content script -> background: "Add to phrase map" on the card; opens the settings page at the entry.
   * `entryId`: the entry that flagged the words, when the user selected none (the phrase as it stands,
   * "refactored", may be an inflection of the entry's). Answered with what was done, or null when the
   * words are no phrase.
   */
  'add-to-map': { to: 'runtime'; request: { phrase: string; entryId?: string }; response: AddedEntry | null };
  /** Side panel -> content script: the ticket on the page (null: no ticket on this page). */
  'get-ticket': { to: 'tab'; request: NoFields; response: TicketSnapshot | null };
  /** Side panel -> content script: put the write-up into the field being edited. */
  'insert-write-up': { to: 'tab'; request: InsertRequest; response: InsertResult };
}

export type MessageKind = keyof Protocol;
/** The message of one kind, as sent. */
export type MessageOf<K extends MessageKind> = { kind: K } & Protocol[K]['request'];
/** What a message of this kind is answered with. */
export type ResponseOf<K extends MessageKind> = Protocol[K]['response'];
export type Message = { [K in MessageKind]: MessageOf<K> }[MessageKind];
type KindTo<To extends Protocol[MessageKind]['to']> = {
  [K in MessageKind]: Protocol[K]['to'] extends To ? K : never;
}[MessageKind];
/** Kinds a content script sends to the extension's pages (browser.runtime.sendMessage). */
export type RuntimeKind = KindTo<'runtime'>;
/** Kinds the side panel sends to the content script of its tab (browser.tabs.sendMessage). */
export type TabKind = KindTo<'tab'>;

/** Content script -> the extension's pages, answered as Protocol says. */
export function sendToExtension<K extends RuntimeKind>(message: MessageOf<K>): Promise<ResponseOf<K>> {
  return browser.runtime.sendMessage(message).then(unwrap<ResponseOf<K>>);
}

/** Side panel -> the content script of tab `tabId`, answered as Protocol says. */
export function sendToTab<K extends TabKind>(tabId: number, message: MessageOf<K>): Promise<ResponseOf<K>> {
  return browser.tabs.sendMessage(tabId, message).then(unwrap<ResponseOf<K>>);
}

/** How a failed answer travels: the browsers pass plain values only, so the sender throws it again. */
const FAILED = 'customerTermsFailed';

const failure = (error: unknown) => ({ [FAILED]: error instanceof Error ? error.message : String(error) });

function unwrap<T>(response: unknown): T {
  if (isObject(response) && typeof response[FAILED] === 'string') throw new Error(response[FAILED]);
  return response as T;
}

/**
 * A runtime.onMessage listener that answers with what `answer` resolves to, or leaves the message
 * to other listeners when it returns undefined. Browsers take a later answer through sendResponse,
 * the listener returning true to keep the channel open (Chrome ignores a returned promise).
 */
export function answering<Sender>(answer: (message: unknown, sender: Sender) => Promise<unknown> | undefined) {
  return (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined => {
    const failed = (error: unknown) => sendResponse(failure(error));
    // A response the browser cannot pass on (not cloneable) reaches the sender as a failure, not as a silent wait.
    const respond = (response: unknown) => {
      try {
        sendResponse(response);
      } catch (error) {
        failed(error);
      }
    };
    let reply: Promise<unknown> | undefined;
    try {
      reply = answer(message, sender);
    } catch (error) {
      failed(error);
      return undefined;
    }
    if (!reply) return undefined;
    reply.then(respond, failed);
    return true;
  };
}

// --- What arrives: one small check per kind of the fields its receiver reads ------------------

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string';

function isTicketSnapshot(value: unknown): value is TicketSnapshot {
  if (!isObject(value)) return false;
  const { tracker, trackerLabel, key, isNew, url, title, description, editing } = value;
  return (
    [tracker, trackerLabel, key, url, title, description].every(isString) &&
    typeof isNew === 'boolean' &&
    (editing === null || (isObject(editing) && isString(editing.role) && typeof editing.rich === 'boolean'))
  );
}

function isFinding(value: unknown): value is Finding {
  return (
    isObject(value) &&
    typeof value.start === 'number' &&
    typeof value.end === 'number' &&
    [value.text, value.entryId, value.category, value.why].every(isString) &&
    Array.isArray(value.rewrites)
  );
}

const CHECKS: { [K in MessageKind]: (message: Fields) => boolean } = {
  badge: (m) => typeof m.count === 'number',
  'open-write-up': () => true,
  'ticket-changed': (m) => m.ticket === null || isTicketSnapshot(m.ticket),
  suggest: (m) =>
    isString(m.text) &&
    isFinding(m.finding) &&
    isObject(m.ticket) &&
    [m.ticket.key, m.ticket.title, m.ticket.body].every(isString) &&
    typeof m.isTitle === 'boolean',
  reasons: () => true,
  'ignore-phrase': (m) => isString(m.key),
  'remember-blanks': (m) =>
    isString(m.ticketKey) && isObject(m.slots) && Object.values(m.slots).every((v) => v === undefined || isString(v)),
  'add-to-map': (m) => isString(m.phrase) && (m.entryId === undefined || isString(m.entryId)),
  'get-ticket': () => true,
  'insert-write-up': (m) =>
    Array.isArray(m.blocks) &&
    m.blocks.every((block) => isObject(block) && isString(block.kind)) &&
    isString(m.markdown) &&
    (m.prefer === 'description' || m.prefer === 'comment') &&
    (m.oldSummary === undefined || isString(m.oldSummary)),
};

/** A message of a known kind with the fields that kind carries; anything else is not ours to answer. */
export function isMessage(value: unknown): value is Message {
  if (!isObject(value) || !isString(value.kind) || !Object.hasOwn(CHECKS, value.kind)) return false;
  return CHECKS[value.kind as MessageKind](value);
}
