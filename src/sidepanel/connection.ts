// How the panel talks to the ticket open in its tab. The panel only sees this
// interface; the extension wires it to messages (extension-connection.ts), tests to a fake.
import type { InsertRequest, InsertResult, TicketSnapshot } from '../messages';

export interface TicketConnection {
  /** Null: the tab shows no ticket. Rejects when the page does not answer. */
  getTicket(): Promise<TicketSnapshot | null>;
  /** Navigation to another ticket, or a different field being edited. */
  onTicketChanged(listener: (ticket: TicketSnapshot | null) => void): () => void;
  insert(request: InsertRequest): Promise<InsertResult>;
  /** Text chosen with "Rewrite in customer terms"; each selection is delivered once. */
  onSelection(listener: (text: string) => void): () => void;
}

export const NO_ANSWER =
  'No ticket answered in this tab. Open an issue on GitHub, Jira or Linear; if one is open already, reload it (pages open before Customer Terms was installed or updated do not answer).';
