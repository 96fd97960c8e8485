// List rows in real headless Firefox ESR with the built Firefox extension: a GitHub project's
// board and Jira's List view, each virtualised as those trackers draw them. The markers, their
// names and the summary are read from the extension's layer; what they should say is worked out
// from the demo's own data (titles marked data-demo-title), with the phrases the default map flags.
// See github.test.mjs for what Firefox cannot drive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { until } from '../e2e/page-helpers.mjs';
import { DEMO_URLS, useFirefox } from './harness.mjs';

/** @typedef {import('puppeteer-core').Page} Page */

const ff = useFirefox();

/** Titles in the demo lists that read as internal work, and the phrases flagged in each. */
const FLAGGED = {
  'Refactor session handling and retry logic in checkout': ['Refactor', 'session handling', 'retry logic'],
  'Migrate the job queue from Redis to SQS': ['job queue', 'Redis', 'SQS'],
  'Bump Node to 22 and clean up tech debt in the build': ['Bump', 'clean up', 'tech debt'],
  'Reduce p99 latency on the search endpoint': ['p99 latency', 'endpoint'],
  'Add a circuit breaker around the payments client': ['circuit breaker'],
  'Flaky integration tests in CI': ['integration tests', 'CI'],
  'Remove dead code from the legacy cart service': ['dead code'],
  'Set up observability dashboards for the inventory service': ['observability dashboards'],
  'Upgrade the Postgres cluster and rotate credentials': ['Postgres'],
  "Decouple the monolith's auth module": ['Decouple', 'monolith'],
  'Add caching layer in front of the pricing API': ['caching layer', 'API'],
  'Replace cron jobs with a scheduler': ['cron jobs'],
  'Fix race condition in token refresh': ['race condition', 'token refresh'],
};

/** Both lists begin with this title; scrolling far enough takes it off the page. */
const FIRST_TITLE = 'Refactor session handling and retry logic in checkout (Lisbon store)';

const phrasesOf = (/** @type {string} */ title) =>
  /** @type {Record<string, string[]>} */ (FLAGGED)[title.replace(/ \([^)]+ store\)$/, '')] ?? [];
const nameFor = (/** @type {string[]} */ phrases) =>
  `${phrases.length} internal phrase${phrases.length === 1 ? '' : 's'}: ${phrases.join(', ')}`;

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
  const flagged = seen.titles.map(phrasesOf).filter((p) => p.length > 0);
  return {
    titles: seen.titles,
    summary: seen.summary,
    expectedSummary: `${flagged.length} of ${seen.titles.length} items read like housekeeping`,
    markers: [...seen.markers].sort(),
    expectedMarkers: flagged.map(nameFor).sort(),
  };
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
  await page.evaluate(() => {
    const column = /** @type {HTMLElement} */ (document.querySelector('[data-testid="drop-zone-Todo"]'));
    column.scrollTop = 1500;
  });
  // The page draws the cards that came near on its own time: wait for the first card to put its title away.
  await until(
    () => listNow(page),
    (s) => !s.titles.includes(FIRST_TITLE),
    { what: 'the first card without its title' },
  );
  const after = await settled(page, 'board markers after scrolling');
  assert.notDeepEqual(after.markers, first.markers, 'other cards, other markers');
  await page.close();
});

test("Firefox: Jira's List view marks the rows it has drawn, also after they are made and removed by scrolling", async () => {
  const page = await ff.open(DEMO_URLS.jiraList);
  const first = await settled(page, 'list markers');
  await page.evaluate(() => {
    const scroller = /** @type {HTMLElement} */ (document.querySelector('[data-demo-scroller]'));
    scroller.scrollTop = 3000;
  });
  await until(
    () => listNow(page),
    (s) => !s.titles.includes(FIRST_TITLE),
    { what: 'the first row removed' },
  );
  const after = await settled(page, 'list markers after scrolling');
  assert.notDeepEqual(after.markers, first.markers, 'other rows, other markers');
  await page.close();
});

test('Firefox: no network request beyond the served list pages', () => {
  assert.deepEqual(ff.blocked, []);
});
