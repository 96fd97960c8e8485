// What the page layer needs to know about one tracker. Everything else is shared.

/** plain: textarea or input; rendered: read-only HTML; rich: a contenteditable editor (ProseMirror). */
export type FieldKind = 'plain' | 'rendered' | 'rich';

/**
 * Every kind of text on a ticket page, in one place: the word people hear for it (the count
 * chip, screen readers) and, for those a write-up can go into, the side panel's order of
 * preference. A new kind of text (list rows) is one more line here and its selectors in the
 * adapters; the page session and the side panel bridge both read fields through
 * src/page/registry.ts.
 */
export const FIELD_ROLES = {
  title: { name: 'title', insert: null },
  description: { name: 'description', insert: 0 },
  comment: { name: 'comment', insert: 1 },
  composer: { name: 'comment', insert: 2 },
  // A ticket's title as a row of a list, backlog or board: read on every page, marked in our layer.
  'list-row': { name: 'list item', insert: null },
} as const satisfies Record<string, { name: string; insert: number | null }>;

export type FieldRole = keyof typeof FIELD_ROLES;
/** The roles a write-up can be inserted into. */
export type InsertRole = { [R in FieldRole]: (typeof FIELD_ROLES)[R]['insert'] extends number ? R : never }[FieldRole];

export function isInsertRole(role: FieldRole): role is InsertRole {
  return FIELD_ROLES[role].insert !== null;
}

export interface FieldSpec {
  selector: string;
  kind: FieldKind;
  role: FieldRole;
  /** list-row only: the row around the text (a closest() selector), which its marker sits at the end of. */
  row?: string;
}

export interface TrackerAdapter {
  id: 'github' | 'jira' | 'linear';
  /** Shown to people: "GitHub". */
  label: string;
  /** Pages with tickets on them; elsewhere only list rows are read. */
  isTicketPage(url: URL): boolean;
  /** A stable key for the ticket shown (drafts are saved under it), or null on a new ticket. */
  ticketKey(url: URL): string | null;
  /** Fields in the order they are checked; the first matching spec wins for an element. */
  fields: FieldSpec[];
  /** Inside rendered or rich text, elements that are never read: code, mentions, references. */
  skip: string;
}
