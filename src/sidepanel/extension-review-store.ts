// Review reminders in the extension's storage.local, one item per ticket key,
// each re-validated on read; the background reads the same items to set alarms.
import type { Review } from '../core/reviews';
import { pendingReviewItem, REVIEW_KEY_PREFIX, reviewItem } from '../storage';
import { PENDING_MS, reviveReview, type ReviewStore } from './review-store';

const isReviewKey = (key: string) => key.startsWith(REVIEW_KEY_PREFIX) && !key.endsWith('$');

/** Every stored review that still validates, from storage.local as a whole. */
export async function storedReviews(): Promise<Review[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => isReviewKey(key))
    .map(([, value]) => reviveReview(value))
    .filter((r): r is Review => r !== null);
}

export const extensionReviewStore: ReviewStore = {
  list: storedReviews,
  watch(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isReviewKey)) void storedReviews().then(listener);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  get: async (key) => reviveReview(await reviewItem(key).getValue()),
  put: (review) => reviewItem(review.ticket.key).setValue(review),
  putAll: (reviews) =>
    browser.storage.local.set(Object.fromEntries(reviews.map((r) => [`${REVIEW_KEY_PREFIX}${r.ticket.key}`, r]))),
  remove: (key) => reviewItem(key).removeValue(),
  async takePending(key) {
    const pending = await pendingReviewItem().getValue();
    if (pending?.key !== key || Date.now() - pending.at > PENDING_MS) return false;
    await pendingReviewItem().removeValue();
    return true;
  },
  onPending(listener) {
    return pendingReviewItem().watch((value) => {
      if (value) listener(value.key);
    });
  },
};

/** Asks the panel that next shows this ticket to open its review step. */
export const askForReview = (key: string) => pendingReviewItem().setValue({ key, at: Date.now() });

/**
 * The review's ticket, in the panel's own tab when it has one (the panel follows it there)
 * or a new tab; neither needs the `tabs` permission.
 */
export function openReview(review: Review, tabId: number | null): Promise<unknown> {
  const asked = askForReview(review.ticket.key);
  const shown = tabId
    ? browser.tabs.update(tabId, { url: review.ticket.url, active: true })
    : browser.tabs.create({ url: review.ticket.url });
  return Promise.all([asked, shown]);
}
