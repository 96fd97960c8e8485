// What the page layer needs to know about one tracker. Everything else is shared.

/** plain: textarea or input; rendered: read-only HTML; rich: a contenteditable editor (ProseMirror). */
export type FieldKind = 'plain' | 'rendered' | 'rich';
export type FieldRole = 'title' | 'description' | 'comment' | 'composer';

export interface FieldSpec {
  selector: string;
  kind: FieldKind;
  role: FieldRole;
}

export interface TrackerAdapter {
  id: 'github' | 'jira' | 'linear';
  /** Shown to people: "GitHub". */
  label: string;
  /** Pages with tickets on them; the page layer sleeps elsewhere. */
  isTicketPage(url: URL): boolean;
  /** A stable key for the ticket shown (drafts are saved under it), or null on a new ticket. */
  ticketKey(url: URL): string | null;
  /** Fields in the order they are checked; the first matching spec wins for an element. */
  fields: FieldSpec[];
  /** Inside rendered or rich text, elements that are never read: code, mentions, references. */
  skip: string;
}
