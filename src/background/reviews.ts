// Review reminders in the background: alarms made from the stored reviews (again
// whenever the browser starts or a review changes), a notification when one is
// due, and its click, which opens the ticket with the side panel on the review step.
import {
  dayIn,
  keyOfAlarm,
  notificationId,
  notificationText,
  onAlarm,
  parseNotificationId,
  planAlarms,
} from '../core/reviews';
import { askForReview, storedReviews } from '../sidepanel/extension-review-store';
import { openPanelInWindow, preparePanel } from '../sidepanel/open-panel';
import { reviveReview } from '../sidepanel/review-store';
import { REVIEW_KEY_PREFIX, reviewItem, reviewNoticesItem } from '../storage';
import { serially } from './housekeeping-tasks';

/** The user's zone now: a reminder is due at 09:00 wherever they are when it is set again. */
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Makes the browser's alarms match the stored reviews (see planAlarms), and forgets notices of reviews gone. */
export function scheduleReviews(now = Date.now()) {
  return serially(async () => {
    const [reviews, notices, alarms] = await Promise.all([
      storedReviews(),
      reviewNoticesItem.getValue(),
      browser.alarms.getAll(),
    ]);
    const plan = planAlarms(reviews, notices, alarms, now, zone());
    for (const name of plan.clear) await browser.alarms.clear(name);
    for (const { name, when } of plan.create) await browser.alarms.create(name, { when });
    const keys = new Set(reviews.map((r) => r.ticket.key));
    const kept = Object.fromEntries(Object.entries(notices).filter(([key]) => keys.has(key)));
    if (Object.keys(kept).length !== Object.keys(notices).length) await reviewNoticesItem.setValue(kept);
    return plan;
  });
}

/** A review's alarm: the notification when it is due, or the alarm again when its date moved later. */
export function reviewAlarm(name: string, now = Date.now()) {
  const key = keyOfAlarm(name);
  if (key === null) return Promise.resolve(null);
  return serially(async () => {
    const review = reviveReview(await reviewItem(key).getValue());
    const notices = await reviewNoticesItem.getValue();
    const decision = onAlarm(review, notices[key], now, zone());
    if (decision.kind === 'later') await browser.alarms.create(name, { when: decision.when });
    if (decision.kind !== 'notify' || !review) return decision;
    // The window to open the panel in on a click, known now: the click's gesture cannot wait to ask.
    const windowId = await browser.windows.getLastFocused().then(
      (w) => w.id,
      () => undefined,
    );
    const { title, message } = notificationText(review, dayIn(now, zone()));
    await browser.notifications.create(notificationId(key, windowId), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/review-icon.png'),
      title,
      message,
    });
    await reviewNoticesItem.setValue({ ...notices, [key]: review.date });
    return decision;
  });
}

/**
 * A click on a review's notification. Chromium dispatches it as a user gesture, which
 * sidePanel.open() needs, but only until the first await, before the ticket's tab exists:
 * so the window's panel opens first, the ticket opens in a new tab, and the tab's panel path
 * is set. The pending review (session storage) is what puts the panel on the review step,
 * whichever way it opens: at once, or later from the toolbar button where the browser
 * refused to open it (Firefox does not count a notification click as user input).
 */
export function reviewClicked(id: string): Promise<number | undefined> {
  const target = parseNotificationId(id);
  if (!target) return Promise.resolve(undefined);
  const opened = openPanelInWindow(target.windowId).catch(() => undefined);
  return (async () => {
    await askForReview(target.key);
    void browser.notifications.clear(id);
    const review = reviveReview(await reviewItem(target.key).getValue());
    if (!review) return undefined;
    const url = review.ticket.url;
    const tab = await (target.windowId === undefined
      ? browser.tabs.create({ url })
      : browser.tabs.create({ url, windowId: target.windowId }).catch(() => browser.tabs.create({ url })));
    if (tab.id !== undefined) await preparePanel(tab.id).catch(() => undefined);
    await opened;
    return tab.id;
  })();
}

export function keepReviewsScheduled(warn: (error: unknown) => void) {
  const schedule = () => void scheduleReviews().catch(warn);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (keyOfAlarm(alarm.name) !== null) reviewAlarm(alarm.name).catch(warn);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (parseNotificationId(id)) reviewClicked(id).catch(warn);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(REVIEW_KEY_PREFIX))) schedule();
  });
  // Alarms are not guaranteed to survive a browser restart, and an update clears them.
  browser.runtime.onStartup.addListener(schedule);
  browser.runtime.onInstalled.addListener(schedule);
  // For the end-to-end tests (tests/e2e/reviews.test.mjs), which cannot make an alarm fire at a
  // chosen time or click a notification in headless Chromium: they call the same handlers from
  // the service worker. Nothing outside the extension's own worker can reach these.
  Object.assign(globalThis, {
    customerTermsReviews: { alarm: reviewAlarm, click: reviewClicked, schedule: scheduleReviews },
  });
}
