// A first draft from the open ticket: a write-up already on the page is read
// back into its parts; otherwise the action and the effects the text names are
// picked up, and numbers are offered (a "from 180 ms to 1.4 s" is often the
// regression, not the goal, so only a pair with a stated target fills the step).
import type { Finding } from '../core/types';
import { jargonFinder, type FindJargonFindings } from './jargon';
import { addDays } from '../core/writeup/dates';
import {
  draftSchema,
  emptyDraft,
  findActions,
  findEffects,
  findNumbers,
  parseWriteUp,
  summarySentence,
  type CustomerAction,
  type NumberPair,
  type WriteUpDraft,
} from '../core/writeup';
import type { TicketSnapshot } from '../messages';

export interface TicketHints {
  /** Every customer action the ticket names (more than one: ask which). */
  actions: CustomerAction[];
  /** Before-and-target pairs found in the text. */
  numbers: NumberPair[];
  /** Jargon in the title and description. */
  findings: { field: 'title' | 'description'; finding: Finding }[];
  /** The ticket already holds a write-up; its summary, so inserting replaces it. */
  existingSummary: string;
}

const STATED_TARGET =
  /^(?:below|under|less than|fewer than|at most|no more than|above|over|more than|at least|[<>≤≥])/i;

const ticketText = (ticket: TicketSnapshot) => `${ticket.title}\n\n${ticket.description}`;

function parsedWriteUp(description: string): WriteUpDraft | null {
  const parts = parseWriteUp(description);
  const parsed = parts ? draftSchema.safeParse(parts) : null;
  return parsed?.success ? parsed.data : null;
}

/** What the panel reads from the ticket, with the jargon found by the map in use (ignored phrases left out). */
export function ticketHints(
  ticket: TicketSnapshot | null,
  findJargon: FindJargonFindings = jargonFinder(),
): TicketHints {
  if (!ticket) return { actions: [], numbers: [], findings: [], existingSummary: '' };
  const text = ticketText(ticket);
  const existing = parsedWriteUp(ticket.description);
  return {
    actions: findActions(text).map((m) => m.action),
    numbers: findNumbers(text),
    findings: [
      ...findJargon(ticket.title).map((finding) => ({ field: 'title' as const, finding })),
      ...findJargon(ticket.description).map((finding) => ({ field: 'description' as const, finding })),
    ],
    existingSummary: existing ? summarySentence(existing) : '',
  };
}

export function prefillDraft(ticket: TicketSnapshot | null, today: string): WriteUpDraft {
  const existing = ticket ? parsedWriteUp(ticket.description) : null;
  const draft = existing ?? emptyDraft();
  if (!draft.plan.reviewDate) draft.plan.reviewDate = addDays(today, 30);
  if (!ticket || existing) return draft;
  const text = ticketText(ticket);
  const actions = findActions(text);
  if (actions.length === 1) draft.task.action = actions[0]!.action;
  draft.effect.picks = findEffects(text).picks;
  const numbers = findNumbers(text);
  const pair = numbers[0];
  if (numbers.length === 1 && pair && STATED_TARGET.test(pair.target)) {
    draft.number = { ...draft.number, before: pair.before, target: pair.target, metric: pair.metric ?? '' };
  }
  return draft;
}

/** Today as "YYYY-MM-DD" on the user's own calendar. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
