// List rows in real headless Firefox ESR with the built Firefox extension: a GitHub project's
// board and Jira's List view, each virtualised as those trackers draw them. The markers, their
// names and the summary are read from the extension's layer; what they should say is worked out
// from the demo's own data (titles marked data-demo-title), with the phrases the default map flags.
// See github.test.mjs for what Firefox cannot drive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedFor, FIRST_LONG_LIST_TITLE, markerName, summaryFor } from '../e2e/demo-lists.mjs';
import { until } from '../e2e/page-helpers.mjs';
import { DEMO_URLS, useFirefox } from './harness.mjs';

/** @typedef {import('puppeteer-core').Page} Page */

const ff = useFirefox();

/**
 * What the page shows and what it should: the summary and the marker names, shown and expected
 * from the titles drawn now.
 * @param {Page} page
 */
async function listNow(page) {
  const seen = await page.evaluate(() => {
    const root = [...document.querySelectorAll('customer-terms-layer')]
      .map((l) => l.shadowRoot)
      .find((r) => r?.querySelector('.list-summary'));
    return {
      summary: root?.querySelector('.list-summary [role="status"]')?.textContent ?? null,
      markers: [...(root?.querySelectorAll('.row-marker') ?? [])].map((m) => m.getAttribute('aria-label') ?? ''),
      titles: [...document.querySelectorAll('[data-demo-title]')].map((el) => el.textContent?.trim() ?? ''),
    };
  });
  return {
    titles: seen.titles,
    summary: seen.summary,
    expectedSummary: summaryFor(seen.titles),
    markers: [...seen.markers].sort(),
    expectedMarkers: seen.titles
      .map(expectedFor)
      .filter((phrases) => phrases.length > 0)
      .map(markerName)
      .sort(),
  };
}

/**
 * Scrolls a list far enough to take its first title off the page, then waits for the page to
 * draw what came near (it does so on its own time: an observer, a scroll event).
 * @param {Page} page
 * @param {string} scroller
 * @param {number} top
 */
async function scrollPastFirst(page, scroller, top) {
  await page.evaluate(
    (selector, to) => {
      /** @type {HTMLElement} */ (document.querySelector(selector)).scrollTop = to;
    },
    scroller,
    top,
  );
  await until(
    () => listNow(page),
    (s) => !s.titles.includes(FIRST_LONG_LIST_TITLE),
    { what: 'the first title off the page' },
  );
}

/** Waits until the summary and the markers are those of the titles the page has drawn. */
function settled(/** @type {Page} */ page, /** @type {string} */ what) {
  return until(
    () => listNow(page),
    (s) =>
      s.summary === s.expectedSummary &&
      s.markers.length > 0 &&
      JSON.stringify(s.markers) === JSON.stringify(s.expectedMarkers),
    { what },
  );
}

test('Firefox: a GitHub project board marks the cards drawn near the window, and follows a column scrolled', async () => {
  const page = await ff.open(DEMO_URLS.projectBoard);
  const first = await settled(page, 'board markers');
  assert.ok(first.titles.length < 90, 'only the cards near the window draw their titles');
  await scrollPastFirst(page, '[data-testid="drop-zone-Todo"]', 1500);
  const after = await settled(page, 'board markers after scrolling');
  assert.notDeepEqual(after.markers, first.markers, 'other cards, other markers');
  await page.close();
});

test("Firefox: Jira's List view marks the rows it has drawn, also after they are made and removed by scrolling", async () => {
  const page = await ff.open(DEMO_URLS.jiraList);
  const first = await settled(page, 'list markers');
  await scrollPastFirst(page, '[data-demo-scroller]', 3000);
  const after = await settled(page, 'list markers after scrolling');
  assert.notDeepEqual(after.markers, first.markers, 'other rows, other markers');
  await page.close();
});

test('Firefox: no network request beyond the served list pages', () => {
  assert.deepEqual(ff.blocked, []);
});
