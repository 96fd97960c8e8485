// Review reminders as the panel sees them: the store's contract, an in-memory
// one for tests, and the draft store that keeps a ticket's reminder in step
// with its write-up (the extension's store is extension-review-store.ts).
import { reviewFromDraft, reviewSchema, sameReview, type Review, type TrackerId } from '../core/reviews';
import type { DraftStore, DraftTicket } from './draft-store';

export interface ReviewStore {
  list(): Promise<Review[]>;
  /** Called with the whole list after any change, from this panel or elsewhere. */
  watch(listener: (reviews: Review[]) => void): () => void;
  get(key: string): Promise<Review | null>;
  put(review: Review): Promise<void>;
  /** Several at once, in one write (an import). */
  putAll(reviews: readonly Review[]): Promise<void>;
  remove(key: string): Promise<void>;
  /** True once when a review for this ticket is waiting to be opened (a notification was clicked). */
  takePending(key: string): Promise<boolean>;
  /** A review was asked for while the panel is open. */
  onPending(listener: (key: string) => void): () => void;
}

/** What the panel needs for reviews: the store, and a way to show a review's ticket in a tab. */
export interface Reviews {
  store: ReviewStore;
  /** Shows the ticket (in the panel's own tab when it has one), with its review step waiting. */
  open(review: Review): void;
}

/** A stored record, if it still validates. */
export function reviveReview(raw: unknown): Review | null {
  const parsed = reviewSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

const trackerOf = (key: string): TrackerId | null => {
  const id = key.slice(0, key.indexOf(':'));
  return id === 'github' || id === 'jira' || id === 'linear' ? id : null;
};

/**
 * Drafts whose saving also keeps the ticket's reminder: a saved review date makes or moves
 * it, a cleared one removes it, and so does starting over. A ticket without a reminder gets
 * one only when `wroteUp(key)` (its write-up was edited, not only its evidence) and it is
 * not a ticket still being created (no address to come back to).
 */
export function remindingDraftStore(
  drafts: DraftStore,
  reviews: ReviewStore,
  wroteUp: (key: string) => boolean,
): DraftStore {
  const sync = async (key: string, draft: Parameters<DraftStore['save']>[1]['draft'], ticket: DraftTicket) => {
    const previous = await reviews.get(key);
    const tracker = ticket.tracker ?? trackerOf(key);
    if (!tracker || ticket.isNew || (!previous && !wroteUp(key))) return;
    const next = reviewFromDraft({ key, title: ticket.title, url: ticket.url, tracker }, draft, previous);
    if (sameReview(previous, next)) return;
    if (next) await reviews.put(next);
    else await reviews.remove(key);
  };
  return {
    load: (key) => drafts.load(key),
    async save(key, value, ticket) {
      await drafts.save(key, value, ticket);
      await sync(key, value.draft, ticket);
    },
    async remove(key) {
      await drafts.remove(key);
      await reviews.remove(key);
    },
  };
}

/** The pending marker is honoured this long after the click. */
export const PENDING_MS = 10 * 60_000;

/** For tests and previews: the same contract, in memory. */
export function memoryReviewStore(initial: readonly Review[] = []): ReviewStore & {
  data: Map<string, Review>;
  /** Simulates a notification click or the list asking for a ticket's review. */
  ask(key: string): void;
} {
  const data = new Map(initial.map((r) => [r.ticket.key, structuredClone(r)]));
  const listeners = new Set<(reviews: Review[]) => void>();
  const pendingListeners = new Set<(key: string) => void>();
  let pending: string | null = null;
  const all = () => [...data.values()].map((r) => structuredClone(r));
  const changed = () => {
    for (const l of listeners) l(all());
  };
  return {
    data,
    list: async () => all(),
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: async (key) => (data.has(key) ? structuredClone(data.get(key)!) : null),
    async put(review) {
      data.set(review.ticket.key, structuredClone(review));
      changed();
    },
    async putAll(reviews) {
      for (const r of reviews) data.set(r.ticket.key, structuredClone(r));
      changed();
    },
    async remove(key) {
      if (data.delete(key)) changed();
    },
    async takePending(key) {
      if (pending !== key) return false;
      pending = null;
      return true;
    },
    onPending(listener) {
      pendingListeners.add(listener);
      return () => pendingListeners.delete(listener);
    },
    ask(key) {
      pending = key;
      for (const l of pendingListeners) l(key);
    },
  };
}
