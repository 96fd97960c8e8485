// Review reminders in real Chromium with the built extension: a review date set
// in the panel is listed at its start and becomes an alarm at 09:00 local time,
// put back after a restart and removed with the date; the list opens its ticket
// in the panel's tab; on the day, the alarm makes a notification, whose click
// opens the ticket in a new tab with the review step waiting, and the step's
// follow-up comment goes into the demo ticket's comment box, undone by Ctrl+Z.
//
// Not driven here: headless Chromium cannot make an alarm fire at a chosen time
// or click a notification, so the tests call the background's own handlers
// through the hook it puts on the worker's global (customerTermsReviews: alarm,
// click, schedule). A hook call is not a user gesture, so whether Chrome opens the
// side panel itself from a real click (sidePanel.open during the click) is not
// checked; the pending review that puts the panel on the review step is.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_URLS, launchWithExtension, routeDemo } from './harness.mjs';
import { axeViolations, until } from './page-helpers.mjs';
import { panelFor, tabIdOf } from './sidepanel-helpers.mjs';

const KEY = 'github:customer-terms-demo/shop#41';
const ALARM = `review:${KEY}`;
const COMPOSER = 'textarea[aria-labelledby="comment-composer-heading"]';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} set before the first test */
let browser;
const worker = () => /** @type {import('playwright-core').Worker} */ (browser.context.serviceWorkers()[0]);

before(async () => {
  browser = await launchWithExtension();
  await routeDemo(browser.context);
});
after(async () => {
  await browser?.close();
});

/**
 * A ticket page and its tab id, with no drafts, reviews, notices or alarms left from another test.
 * @param {import('node:test').TestContext} t
 * @param {string} url
 */
async function openTicket(t, url) {
  await worker().evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null)).filter((k) =>
      /^(draft:|review:|reviewNotices)/.test(k),
    );
    await chrome.storage.local.remove(keys);
    await chrome.storage.session.clear();
    await chrome.alarms.clearAll();
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  const page = await browser.context.newPage();
  t.after(async () => {
    for (const p of browser.context.pages().slice(1)) await p.close();
  });
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser.context, url) };
}

/** "YYYY-MM-DD", `days` from today on this machine's calendar (the browser's too). */
/** @param {number} days */
function dayFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The worker's alarms for reviews: [{ name, scheduledTime }]. */
const reviewAlarms = () =>
  worker().evaluate(async () =>
    (await chrome.alarms.getAll())
      .filter((a) => a.name.startsWith('review:'))
      .map(({ name, scheduledTime }) => ({ name, scheduledTime })),
  );

/** 09:00 on `day` in the browser's own zone, as the worker computes it. */
/** @param {string} day */
const nineOn = (day) => worker().evaluate((day) => new Date(`${day}T09:00:00`).getTime(), day);

/**
 * @param {import('playwright-core').Page} panel
 * @param {string} date
 */
async function writeUpWithDate(panel, date) {
  await panel.getByLabel('Quick entry: today → target').fill('3% -> below 0.5%');
  await panel.getByLabel('What is measured').fill('sign-in failures');
  await panel.getByLabel('Who updates this note after the next incident').fill('Priya (support)');
  await panel.getByLabel('Review date').fill(date);
  await panel.getByText('Draft saved on this device.').waitFor();
}

test('a date set in the panel is listed and becomes an alarm at 09:00 local; restart puts it back; clearing removes it', async (t) => {
  const { page, tabId } = await openTicket(t, DEMO_URLS.issue);
  const panel = await panelFor(browser, tabId);
  await panel.getByText('Reviews: none yet').waitFor();
  const date = dayFromToday(12);
  await writeUpWithDate(panel, date);

  const summary = panel.getByText('Reviews: 1 upcoming');
  await summary.waitFor();
  await summary.click();
  const upcoming = panel.getByRole('list', { name: 'Upcoming' });
  const link = upcoming.getByRole('link', { name: 'Refactor session handling and retry logic in checkout' });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), DEMO_URLS.issue);
  assert.match(await upcoming.innerText(), new RegExp(`due in 12 days \\(${date}\\) · GitHub · this ticket`));
  assert.match(
    await upcoming.innerText(),
    /sign-in failures: before 3%, target below 0.5% · updated by Priya \(support\)/,
  );

  const stored = await worker().evaluate((key) => chrome.storage.local.get(`review:${key}`), KEY);
  assert.deepEqual(stored[`review:${KEY}`], {
    ticket: {
      key: KEY,
      title: 'Refactor session handling and retry logic in checkout',
      url: DEMO_URLS.issue,
      tracker: 'github',
    },
    number: { metric: 'sign-in failures', before: '3%', target: 'below 0.5%' },
    owner: 'Priya (support)',
    date,
    readings: [],
  });
  const nine = await nineOn(date);
  await until(reviewAlarms, (alarms) => alarms.length === 1 && alarms[0]?.scheduledTime === nine, {
    what: `an alarm at 09:00 on ${date}`,
  });
  assert.equal((await reviewAlarms())[0]?.name, ALARM);

  // A browser restart may lose alarms; on startup the background plans them again from storage.
  // (runtime.onStartup cannot be fired in a running browser: the same handler is called instead.)
  await worker().evaluate(() => chrome.alarms.clearAll());
  await worker().evaluate(() => globalThis.customerTermsReviews.schedule());
  assert.deepEqual(await reviewAlarms(), [{ name: ALARM, scheduledTime: nine }]);

  // A changed date moves the alarm.
  const later = dayFromToday(20);
  await panel.getByLabel('Review date').fill(later);
  const nineLater = await nineOn(later);
  await until(reviewAlarms, (alarms) => alarms[0]?.scheduledTime === nineLater, {
    what: `the alarm moved to ${later}`,
  });

  // The list opens its ticket in the panel's tab, which the panel follows, with the review step waiting.
  await page.bringToFront();
  await page.getByRole('link', { name: /#42/ }).click();
  await page.waitForURL(DEMO_URLS.issue2);
  await panel
    .getByText(/Flaky integration tests in the payments pipeline block deploys/)
    .first()
    .waitFor();
  await panel.getByRole('link', { name: 'Refactor session handling and retry logic in checkout' }).click();
  await page.waitForURL(DEMO_URLS.issue);
  const step = panel.getByRole('region', { name: 'Review due in 20 days' });
  await step.waitFor();
  await until(
    () => panel.evaluate(() => document.activeElement?.textContent),
    (text) => text === 'Review due in 20 days',
    {
      what: 'focus on the review step',
    },
  );

  // Clearing the date removes the reminder and its alarm.
  await panel.getByLabel('Review date').fill('');
  await panel.getByText('Reviews: none yet').waitFor();
  await until(reviewAlarms, (alarms) => alarms.length === 0, { what: 'no alarm left' });
});

test('on the day: the alarm notifies, the click opens the ticket on the review step, the follow-up comment goes in and Ctrl+Z removes it', async (t) => {
  const { page, tabId } = await openTicket(t, DEMO_URLS.issue);
  let panel = await panelFor(browser, tabId);
  const yesterday = dayFromToday(-1);
  await writeUpWithDate(panel, yesterday);
  // A past date is due at once: its alarm is set for now, and the panel lists it as overdue.
  await panel.getByText('Reviews: 1 overdue').waitFor();
  // (Chromium may fire it by itself meanwhile: then it is gone and the notice is there instead.)
  await until(
    () =>
      Promise.all([
        reviewAlarms(),
        worker().evaluate(
          async () =>
            /** @type {{ reviewNotices?: Record<string, string> }} */ (await chrome.storage.local.get('reviewNotices')),
        ),
      ]),
    ([alarms, { reviewNotices }]) =>
      (alarms.length === 1 &&
        /** @type {{ scheduledTime: number }} */ (alarms[0]).scheduledTime <= Date.now() + 1000) ||
      reviewNotices?.[KEY] === yesterday,
    { what: 'an alarm due at once' },
  );
  await panel.close();
  await page.close(); // so the tab the click opens is the only one showing the ticket

  // The alarm's handler (headless Chromium fires the real alarm on its own schedule, so the
  // notices are cleared and the handler is called as the alarm would call it).
  await worker().evaluate(() => chrome.storage.local.remove('reviewNotices'));
  const decision = await worker().evaluate((name) => globalThis.customerTermsReviews.alarm(name), ALARM);
  assert.deepEqual(decision, { kind: 'notify' });
  const notifications = await worker().evaluate(() => chrome.notifications.getAll());
  const ids = Object.keys(notifications);
  assert.equal(ids.length, 1, JSON.stringify(notifications));
  assert.match(/** @type {string} */ (ids[0]), /^review:\d*:github:customer-terms-demo\/shop#41$/);
  // Notified once for this date: firing again does nothing.
  assert.deepEqual(await worker().evaluate((name) => globalThis.customerTermsReviews.alarm(name), ALARM), {
    kind: 'drop',
  });

  // The click: the ticket in a new tab, and the review waiting for the panel that shows it.
  const newTab = await worker().evaluate(
    (id) => globalThis.customerTermsReviews.click(id),
    /** @type {string} */ (ids[0]),
  );
  assert.ok(Number.isInteger(newTab), `a new tab: ${newTab}`);
  assert.deepEqual(
    Object.keys(await worker().evaluate(() => chrome.notifications.getAll())),
    [],
    'the notification is cleared',
  );
  const pending = /** @type {{ pendingReview?: { key: string } }} */ (
    await worker().evaluate(() => chrome.storage.session.get('pendingReview'))
  );
  assert.equal(pending.pendingReview?.key, KEY);
  const ticketPage = /** @type {import('playwright-core').Page} */ (
    await until(() => browser.context.pages().find((p) => p.url() === DEMO_URLS.issue), Boolean, {
      what: 'the ticket opened in a new tab',
    })
  );
  assert.equal(await tabIdOf(browser.context, DEMO_URLS.issue), newTab);

  panel = await panelFor(browser, /** @type {number} */ (newTab));
  const step = panel.getByRole('region', { name: 'Review 1 day overdue' });
  await step.waitFor();
  await until(
    () => panel.evaluate(() => document.activeElement?.textContent),
    (text) => text === 'Review 1 day overdue',
    {
      what: 'focus on the review step',
    },
  );
  assert.deepEqual(
    await worker().evaluate(() => chrome.storage.session.get('pendingReview')),
    {},
    'the pending review is taken',
  );

  await step.getByLabel('Today’s value').fill('0.4%');
  await step.getByText('0.4% today: the target (below 0.5%) is met. It was 3% before.').waitFor();
  assert.equal(
    await step.getByRole('meter', { name: 'Progress toward the target' }).getAttribute('aria-valuenow'),
    '100',
  );
  assert.equal(
    await step.getByLabel('Follow-up comment').inputValue(),
    'Sign-in failures went from 3% to 0.4% since the fix (target: below 0.5%).',
  );

  const composer = ticketPage.locator(COMPOSER);
  const original = await composer.inputValue();
  await step.getByText(/Goes into the new comment box/).waitFor();
  await step.getByRole('button', { name: 'Add the follow-up as a comment' }).click();
  await panel.getByText('Inserted into the new comment box. Undo it in the page with Ctrl+Z if needed.').waitFor();
  assert.ok(
    (await composer.inputValue()).includes('Sign-in failures went from 3% to 0.4% since the fix (target: below 0.5%).'),
  );
  const stored = /** @type {Record<string, { readings: { value: string }[] }>} */ (
    await worker().evaluate((key) => chrome.storage.local.get(`review:${key}`), KEY)
  );
  assert.equal(stored[`review:${KEY}`]?.readings.at(-1)?.value, '0.4%', "today's value is kept with the review");

  await ticketPage.bringToFront();
  await composer.focus();
  await ticketPage.keyboard.press('Control+Z');
  assert.equal(await composer.inputValue(), original, 'one undo step removes the comment');

  // axe-core on the panel with the review step and the list open.
  await panel.bringToFront();
  await panel.getByText('Reviews: 1 overdue').click();
  const { serious, all } = await axeViolations(panel);
  assert.deepEqual(serious, [], JSON.stringify(all, null, 2));

  // The next review: the reminder and its alarm move, notified afresh on the new date.
  const next = dayFromToday(30);
  await step.getByLabel('Next review').fill(next);
  await step.getByRole('button', { name: 'Set the next review' }).click();
  await panel.getByText(`Next review set for ${next}.`).waitFor();
  const nine = await nineOn(next);
  await until(reviewAlarms, (alarms) => alarms.length === 1 && alarms[0]?.scheduledTime === nine, {
    what: `the alarm at 09:00 on ${next}`,
  });
  assert.equal(await panel.getByLabel('Review date').inputValue(), next);
});
