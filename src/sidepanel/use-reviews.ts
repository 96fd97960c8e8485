// The panel's side of review reminders: the list (following changes from any
// tab), the review of the ticket on screen and when its step shows (on or after
// its day, or when a notification or the list asked for it), and what the step
// does. The write-up stays the source of the review date: the step's "next" and
// "close" change the draft's date too, and an import changes the drafts of the
// tickets it brings, so the two agree.
import { useCallback, useEffect, useRef, useState } from 'react';
import { reviewStatus, withReading, type Review } from '../core/reviews';
import type { WriteUpDraft } from '../core/writeup';
import type { DraftStore, PanelDraft } from './draft-store';
import type { Reviews } from './review-store';

type SetDraft = (change: (draft: WriteUpDraft) => WriteUpDraft) => void;

/** A draft made to agree with a review that came from elsewhere (an import from another device). */
export function agreeWith(review: Review): (draft: WriteUpDraft) => WriteUpDraft {
  return (d) => {
    const noNumber = !d.number.metric && !d.number.before && !d.number.target;
    return {
      ...d,
      number: noNumber ? { ...d.number, ...review.number } : d.number,
      plan: { ...d.plan, reviewDate: review.date, owner: d.plan.owner || review.owner },
    };
  };
}

export function useReviews(
  reviews: Reviews | undefined,
  ticketKey: string | undefined,
  loaded: { key: string; value: PanelDraft; restored: boolean } | null,
  setDraft: SetDraft,
  today: string,
  /** The drafts themselves (not the reminding store), for an import to update. */
  drafts: DraftStore,
) {
  const [list, setList] = useState<Review[] | null>(null);
  useEffect(() => {
    if (!reviews) return;
    let live = true;
    reviews.store.list().then(
      (all) => live && setList(all),
      () => live && setList([]),
    );
    const unwatch = reviews.store.watch((all) => live && setList(all));
    return () => {
      live = false;
      unwatch();
    };
  }, [reviews]);
  const current = (ticketKey && list?.find((r) => r.ticket.key === ticketKey)) || null;

  // A review asked for by a notification's click or the list: shown, and focused, each time it is asked.
  const [asked, setAsked] = useState<{ key: string; signal: number } | null>(null);
  const ask = useCallback((key: string) => setAsked((a) => ({ key, signal: (a?.signal ?? 0) + 1 })), []);
  useEffect(() => {
    if (!reviews || !ticketKey) return;
    let live = true;
    const take = () =>
      reviews.store.takePending(ticketKey).then(
        (yes) => live && yes && ask(ticketKey),
        () => undefined,
      );
    void take();
    const stop = reviews.store.onPending((key) => key === ticketKey && void take());
    return () => {
      live = false;
      stop();
    };
  }, [reviews, ticketKey, ask]);

  // Once per loaded draft, the two made to agree: a fresh draft (none saved on this device) takes the
  // reminder's date, owner and number; a saved draft whose reminder lags behind it (the panel closed
  // before the reminder was written) is saved again, which brings the reminder up to date.
  const aligned = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded) {
      aligned.current = null;
      return;
    }
    if (!list || aligned.current === loaded.key) return;
    aligned.current = loaded.key;
    const review = list.find((r) => r.ticket.key === loaded.key);
    if (!review) return;
    const draft = loaded.value.draft;
    if (!loaded.restored) {
      const change = agreeWith(review);
      if (JSON.stringify(change(draft)) !== JSON.stringify(draft)) setDraft(change);
      return;
    }
    const { metric, before, target } = draft.number;
    const lags =
      review.date !== draft.plan.reviewDate ||
      review.owner !== draft.plan.owner.trim() ||
      JSON.stringify(review.number) !==
        JSON.stringify({ metric: metric.trim(), before: before.trim(), target: target.trim() });
    if (lags) setDraft((d) => d);
  }, [loaded, list, setDraft]);

  const askedHere = asked !== null && asked.key === ticketKey;
  const showStep = current !== null && (askedHere || reviewStatus(current.date, today) !== 'upcoming');

  const setDate = (reviewDate: string) => setDraft((d) => ({ ...d, plan: { ...d.plan, reviewDate } }));
  const store = reviews?.store;
  return {
    /** Null until loaded, or when reviews are off. */
    list: reviews ? list : null,
    current,
    showStep,
    /** Changes each time the step is asked for, so it takes focus again. */
    focusSignal: askedHere ? asked.signal : 0,
    openFromList(review: Review) {
      if (review.ticket.key === ticketKey) ask(review.ticket.key);
      else reviews?.open(review);
    },
    async record(value: string) {
      if (current && store) await store.put(withReading(current, today, value));
    },
    async next(date: string, value: string) {
      if (!current || !store) return;
      await store.put({ ...withReading(current, today, value), date });
      setDate(date);
      setAsked(null);
    },
    async close() {
      if (!current || !store) return;
      await store.remove(current.ticket.key);
      setDate('');
      setAsked(null);
    },
    /** Stores the reviews, then brings the drafts of their tickets (here and saved) to the same dates. */
    async importReviews(imported: Review[]) {
      if (!store) return;
      await store.putAll(imported);
      for (const review of imported) {
        const key = review.ticket.key;
        if (key === loaded?.key) {
          setDraft(agreeWith(review));
          continue;
        }
        const saved = await drafts.load(key).catch(() => null);
        if (saved) await drafts.save(key, { ...saved, draft: agreeWith(review)(saved.draft) }, review.ticket);
      }
    },
  };
}
