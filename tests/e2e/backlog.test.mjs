// List rows on the demo list pages of all three trackers, in real Chromium with the built
// extension: markers and their counts, the summary and the filter, a marker's details read
// by role and name, a virtualised list that recycles rows, and nothing changed in the rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedFor, FIRST_LONG_LIST_TITLE, FLAGGED, markerName, summaryFor } from './demo-lists.mjs';
import { DEMO_URLS } from './harness.mjs';
import { mutations, until, useExtension, watchMutations } from './page-helpers.mjs';

/** @typedef {import('playwright-core').Page} Page */

const ext = useExtension();

/**
 * Every marker shown, with the row under it (found by position, as a user sees it), and every
 * row of the list fully on screen with its title.
 * @param {Page} page
 * @param {{ row: string, title: string }} hooks
 */
function listState(page, hooks) {
  return page.evaluate(({ row, title }) => {
    const root = [...document.querySelectorAll('customer-terms-layer')].find((l) =>
      l.shadowRoot?.querySelector('.list-summary'),
    )?.shadowRoot;
    const titleOf = (/** @type {Element} */ el) =>
      (el.matches(title) ? el : el.querySelector(title))?.textContent?.trim() ?? '';
    // Markers on screen (those of rows below the fold are placed there too).
    const onScreen = (/** @type {Element} */ el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    };
    const markers = [...(root?.querySelectorAll('.row-marker') ?? [])]
      .filter((m) => !(/** @type {HTMLElement} */ (m).hidden) && onScreen(m))
      .map((m) => {
        const r = m.getBoundingClientRect();
        const under = document
          .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          .find((el) => el.closest(row));
        return {
          name: m.getAttribute('aria-label'),
          text: m.textContent,
          rowTitle: under ? titleOf(/** @type {Element} */ (under.closest(row))) : null,
        };
      });
    const dims = [...(root?.querySelectorAll('.row-dim') ?? [])]
      .filter((d) => !(/** @type {HTMLElement} */ (d).hidden) && onScreen(d))
      .map((d) => {
        const r = d.getBoundingClientRect();
        const under = document
          .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          .find((el) => el.closest(row));
        return under ? titleOf(/** @type {Element} */ (under.closest(row))) : null;
      });
    const rows = [...document.querySelectorAll(row)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const clip = el.closest('[data-demo-scroller]')?.getBoundingClientRect();
        const top = Math.max(0, clip?.top ?? 0);
        const bottom = Math.min(innerHeight, clip?.bottom ?? innerHeight);
        return r.height > 0 && r.top >= top && r.bottom <= bottom;
      })
      .map(titleOf);
    return { markers, dims, rows, summary: root?.querySelector('.list-summary [role="status"]')?.textContent ?? null };
  }, hooks);
}

/**
 * Asserts each shown marker names its own row's phrases, and each row fully shown that reads
 * like housekeeping has one.
 * @param {Awaited<ReturnType<typeof listState>>} state
 */
function assertMarkersMatchRows(state) {
  for (const marker of state.markers) {
    assert.ok(marker.rowTitle, `marker "${marker.name}" sits over a row`);
    const phrases = expectedFor(/** @type {string} */ (marker.rowTitle));
    assert.equal(marker.name, markerName(phrases), `marker over "${marker.rowTitle}"`);
    assert.equal(marker.text, String(phrases.length));
  }
  for (const title of state.rows) {
    const has = state.markers.some((m) => m.rowTitle === title);
    assert.equal(has, expectedFor(title).length > 0, `"${title}" ${has ? 'has' : 'lacks'} a marker`);
  }
}

/** Waits until markers stop changing and every row on screen is marked as it should be. */
async function settled(
  /** @type {Page} */ page,
  /** @type {{ row: string, title: string }} */ hooks,
  what = 'markers',
) {
  return until(
    () => listState(page, hooks),
    (s) => {
      try {
        assertMarkersMatchRows(s);
        return s.rows.length > 0;
      } catch {
        return false;
      }
    },
    { what },
  );
}

const GITHUB = { row: 'li[id*="list-view-node"]', title: 'a[data-testid="issue-pr-title-link"]' };
const JIRA = {
  row: '[data-testid="software-backlog.card-list.card"]',
  title: '[data-testid="software-backlog.card-list.card.card-contents.summary"]',
};
const LINEAR = { row: 'a[data-list-key]', title: '[data-column-id="title"]' };
/** Hooks of the project and List view demos' own, so those tests do not check the adapters' selectors against themselves. */
const DEMO_HOOKS = { row: '[data-demo-row]', title: '[data-demo-title]' };

/**
 * Whether our element `selector` is drawn over every marker and dimming that overlaps it: hit-testing at
 * the middle of each overlap (all of them made hit-testable for the moment) finds the element itself.
 * @param {Page} page
 * @param {string} selector
 */
function drawnOver(page, selector) {
  return page.evaluate((selector) => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('customer-terms-layer')?.shadowRoot);
    const el = /** @type {HTMLElement | null} */ (root.querySelector(selector));
    if (!el) return `no ${selector}`;
    const others = /** @type {HTMLElement[]} */ ([...root.querySelectorAll('.row-marker, .row-dim')]);
    const all = [el, ...others];
    for (const node of all) node.style.pointerEvents = 'auto';
    const box = el.getBoundingClientRect();
    const under = [];
    for (const other of others) {
      const r = other.getBoundingClientRect();
      const [left, right] = [Math.max(box.left, r.left), Math.min(box.right, r.right)];
      const [top, bottom] = [Math.max(box.top, r.top), Math.min(box.bottom, r.bottom)];
      if (left >= right || top >= bottom) continue;
      const hit = root.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (hit && !el.contains(hit)) under.push(hit.className);
    }
    for (const node of all) node.style.pointerEvents = '';
    return under.length ? `under ${under.join(', ')}` : 'on top';
  }, selector);
}

/**
 * The summary the page should show now: every title the page has drawn (on screen or not),
 * and those among them the default map flags.
 * @param {Page} page
 */
async function expectedSummary(page) {
  const titles = await page.evaluate(
    (t) => [...document.querySelectorAll(t)].map((el) => el.textContent?.trim() ?? ''),
    DEMO_HOOKS.title,
  );
  return summaryFor(titles);
}

/** Waits until the summary counts what the page has drawn. */
function summaryCounts(/** @type {Page} */ page, what = 'the summary') {
  return until(
    async () => [(await listState(page, DEMO_HOOKS)).summary, await expectedSummary(page)],
    ([shown, expected]) => shown === expected,
    { what },
  );
}

/**
 * Scrolls a list to `top` (or sideways, to `left`) and waits for the page to draw its rows and
 * us to lay out (two frames). A position the list cannot reach settles at once.
 * @param {import('playwright-core').Locator} scroller
 * @param {{ top?: number, left?: number }} to
 */
function scrollTo(scroller, to) {
  return scroller.evaluate(
    (el, { top, left }) =>
      new Promise((done) => {
        const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)));
        const before = [el.scrollTop, el.scrollLeft];
        el.addEventListener('scroll', frames, { once: true });
        if (top !== undefined) el.scrollTop = top;
        if (left !== undefined) el.scrollLeft = left;
        if (el.scrollTop === before[0] && el.scrollLeft === before[1]) frames();
      }),
    to,
  );
}

/**
 * Scrolls a list down in steps (to `offset` past each step, so rows are cut at the list's edge
 * by the same amount each time); after each, no marker shown may belong to another item.
 * @param {Page} page
 * @param {{ row: string, title: string }} hooks
 * @param {import('playwright-core').Locator} scroller
 * @param {number} stepPx
 * @param {number} steps
 */
async function scrollChecking(page, hooks, scroller, stepPx, steps, offset = 0) {
  for (let step = 1; step <= steps; step++) {
    await scrollTo(scroller, { top: step * stepPx + offset });
    const state = await listState(page, hooks);
    for (const marker of state.markers) {
      assert.ok(marker.rowTitle, `step ${step}: marker "${marker.name}" sits over a row: ${JSON.stringify(state)}`);
      assert.equal(
        marker.name,
        markerName(expectedFor(/** @type {string} */ (marker.rowTitle))),
        `step ${step}: marker over "${marker.rowTitle}"`,
      );
    }
  }
}

/** Every marker shown lies inside the list's scrolled box, however wide its rows are. */
async function assertMarkersInside(/** @type {import('playwright-core').Locator} */ scroller) {
  const box = await scroller.evaluate((el) => el.getBoundingClientRect().toJSON());
  const markers = await scroller
    .page()
    .evaluate(() =>
      [...(document.querySelector('customer-terms-layer')?.shadowRoot?.querySelectorAll('.row-marker') ?? [])]
        .filter((m) => !(/** @type {HTMLElement} */ (m).hidden))
        .map((m) => m.getBoundingClientRect().toJSON()),
    );
  assert.ok(markers.length > 0, 'markers shown');
  for (const m of markers)
    assert.ok(m.left >= box.left && m.right <= box.right, `marker ${JSON.stringify(m)} inside ${JSON.stringify(box)}`);
}

test('GitHub issue list: markers, the summary, the filter, and the list searched, sorted and paged', async () => {
  const page = await ext.open(DEMO_URLS.issueList);
  let state = await settled(page, GITHUB);
  await until(
    () => listState(page, GITHUB),
    (s) => s.summary === '10 of 20 items read like housekeeping',
    { what: 'the summary' },
  );
  // Nothing inside the tracker's rows changes from here on, whatever the extension shows.
  await watchMutations(page, 'ul[data-demo-list]');

  const filter = page.getByRole('button', { name: 'Dim the other items' });
  await filter.click();
  await until(
    () => page.getByRole('button', { name: 'Show all items' }).getAttribute('aria-pressed'),
    (v) => v === 'true',
    { what: 'filter on' },
  );
  state = await until(
    () => listState(page, GITHUB),
    (s) => s.dims.length > 0,
    { what: 'dimmed rows' },
  );
  const clean = state.rows.filter((t) => expectedFor(t).length === 0);
  assert.deepEqual([...state.dims].sort(), [...clean].sort(), 'exactly the clean rows on screen are dimmed');
  await page.getByRole('button', { name: 'Show all items' }).click();
  await until(
    () => listState(page, GITHUB),
    (s) => s.dims.length === 0,
    { what: 'filter off' },
  );
  await page.mouse.move(0, 0);
  assert.deepEqual(await mutations(page), [], 'no mutation inside the rows');

  // The page re-renders its rows: searched, sorted, paged.
  await page.getByRole('searchbox', { name: 'Search Issues' }).fill('checkout');
  state = await until(
    () => listState(page, GITHUB),
    (s) => s.summary === '1 of 2 items read like housekeeping',
    { what: 'summary after search' },
  );
  await settled(page, GITHUB, 'markers after search');
  await page.getByRole('searchbox', { name: 'Search Issues' }).fill('');
  await page.getByRole('button', { name: 'Oldest first' }).click();
  await until(
    () => listState(page, GITHUB),
    (s) => s.rows[0] === 'Refactor session handling and retry logic in checkout',
    { what: 'sorted' },
  );
  await settled(page, GITHUB, 'markers after sorting');
  await page.getByRole('button', { name: 'Oldest first' }).click();
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: '2' }).click();
  await until(
    () => listState(page, GITHUB),
    (s) => s.summary === '3 of 5 items read like housekeeping',
    { what: 'summary on page 2' },
  );
  await settled(page, GITHUB, 'markers on page 2');
  await page.close();
});

test('GitHub issue list: the details put a title in customer terms once its ticket names the customer action', async () => {
  // The card keeps the blanks typed for a ticket: here #65's customer action, as if typed in its card.
  // That ticket's list row can then be put in customer terms; #63's ticket names none, so its row cannot.
  const [worker] = ext.browser.context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
  const blanks = 'blanks:github:customer-terms-demo/shop#65';
  await /** @type {import('playwright-core').Worker} */ (worker).evaluate(
    (key) => chrome.storage.local.set({ [key]: { action: 'sign in' } }),
    blanks,
  );
  const page = await ext.open(DEMO_URLS.issueList);
  await settled(page, GITHUB);
  const tip = page.getByRole('tooltip');
  const other = page.getByRole('button', { name: markerName(FLAGGED['Replace cron jobs with a scheduler']) });
  await other.focus();
  await until(
    () => tip.textContent(),
    (t) => !!t?.includes('cron jobs:'),
    { what: "#63's details" },
  );
  await page.waitForTimeout(1000);
  assert.doesNotMatch(
    /** @type {string} */ (await tip.textContent()),
    /In customer terms/,
    'no rewrite without the customer action',
  );

  const marker = page.getByRole('button', { name: markerName(FLAGGED['Fix race condition in token refresh']) });
  await marker.focus();
  const text = await until(
    () => tip.textContent(),
    (t) => !!t?.includes('In customer terms:'),
    { what: "#65's title rewrite" },
  );
  assert.match(
    /** @type {string} */ (text),
    /^race condition: .+token refresh: .+In customer terms: Users can't sign in$/,
  );
  // Read by screen readers: the tooltip describes the marker, and the rewrite is announced as it arrives.
  assert.equal(await marker.getAttribute('aria-describedby'), await tip.getAttribute('id'));
  assert.equal(await tip.locator('[aria-live="polite"]').textContent(), "In customer terms: Users can't sign in");
  // Reading only: the list offers nothing to apply.
  assert.equal(await tip.getByRole('button').count(), 0);
  await page.close();
  await /** @type {import('playwright-core').Worker} */ (worker).evaluate(
    (key) => chrome.storage.local.remove(key),
    blanks,
  );
});

test('GitHub issue list: markers follow their rows when the page grows with no change to its markup', async () => {
  const page = await ext.open(`${DEMO_URLS.issueList}?per_page=100`);
  await settled(page, GITHUB);
  // A stylesheet in the head (a web font or a late style, as pages get them) moves every row down;
  // the scroll that comes with it lays our layer out before the body's size is reported.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'ul[data-demo-list] { margin-top: 180px !important; }';
    document.head.append(style);
    window.scrollBy(0, 40);
    document.dispatchEvent(new Event('scroll'));
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await settled(page, GITHUB, 'markers over the moved rows');
  await page.close();
});

test('Jira backlog: a marker read by role and name, reached by keyboard, with its phrases and why', async () => {
  const page = await ext.open(DEMO_URLS.jiraBacklog);
  await settled(page, JIRA);
  await watchMutations(page, '[data-demo-list]');
  const name = markerName(FLAGGED['Migrate the job queue from Redis to SQS']);
  const marker = page.getByRole('button', { name });
  await marker.waitFor();
  // Keyboard: Tab from the page's last control reaches the summary's filter, then the markers.
  await page.getByRole('button', { name: 'Load more' }).focus();
  const focused = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    focused.push(
      await page.evaluate(
        () =>
          document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.shadowRoot?.activeElement?.textContent ??
          null,
      ),
    );
  }
  assert.ok(focused.includes('Dim the other items'), `focus went through ${JSON.stringify(focused)}`);
  assert.ok(
    focused.some((n) => n && /^3 internal phrases: Refactor/.test(n)),
    `focus went through ${JSON.stringify(focused)}`,
  );

  await marker.focus();
  const tip = page.getByRole('tooltip');
  await tip.waitFor();
  // The reasons come from the background (the page's built-in map has none), once, just after the details show.
  await until(
    () => tip.textContent(),
    (t) => !!t && ['job queue', 'Redis', 'SQS'].every((phrase) => t.includes(`${phrase}:`)),
  );
  const text = /** @type {string} */ (await tip.textContent());
  for (const phrase of ['job queue', 'Redis', 'SQS'])
    assert.ok(text.includes(`${phrase}:`), `"${phrase}" in the details: ${text}`);
  assert.ok(text.length > 60, `the details say why: ${text}`);
  // The details are drawn over the other rows' markers and the summary, never under them.
  assert.equal(await drawnOver(page, '.row-tip:not([hidden])'), 'on top');
  // A title rewrite needs the customer action named for the row's ticket (a Jira row links to none
  // here): the background offers none, and the details say nothing they cannot back.
  assert.doesNotMatch(text, /In customer terms:/);
  assert.equal(
    await marker.getAttribute('aria-describedby'),
    await tip.getAttribute('id'),
    'the details describe the marker',
  );
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  await marker.hover();
  await tip.waitFor();
  await page.mouse.move(0, 0);
  await marker.blur();
  await tip.waitFor({ state: 'hidden' });
  assert.deepEqual(await mutations(page), [], 'no mutation inside the rows');

  // More rows (the backlog's infinite scroll), then reordered.
  await page.getByRole('button', { name: 'Load more' }).click();
  await until(
    () => listState(page, JIRA),
    (s) => s.summary === '10 of 20 items read like housekeeping',
    { what: 'summary after loading more' },
  );
  await page.getByRole('button', { name: 'Sort by key' }).click();
  await settled(page, JIRA, 'markers after reordering');
  // Scrolled so that rows pass under it, the summary and its filter stay on top of the markers and the dimming.
  await page.getByRole('button', { name: 'Dim the other items' }).click();
  for (const y of [40, 80, 120, 160, 200, 240]) {
    await page.mouse.wheel(0, y);
    await page.waitForTimeout(80);
    assert.equal(await drawnOver(page, '.list-summary'), 'on top', `scrolled by ${y}`);
  }
  await page.close();
});

test("Linear virtualised list: recycled rows never keep another item's marker", async () => {
  const page = await ext.open(DEMO_URLS.linearList);
  let state = await settled(page, LINEAR);
  await until(
    () => listState(page, LINEAR),
    (s) => s.summary === '16 of 30 items read like housekeeping',
    { what: 'the summary' },
  );
  assert.equal(await page.locator(LINEAR.row).count(), 30, 'the demo renders 30 rows for 500 items');
  await watchMutations(page, '[data-demo-scroller] a[data-list-key] [data-column-id="title"]');
  // Scroll in steps; after each frame, no marker shown may belong to another item.
  await scrollChecking(page, LINEAR, page.locator('[data-demo-scroller]'), 7 * 36, 25, 5);
  state = await settled(page, LINEAR, 'markers after scrolling');
  assert.ok(!state.rows.some((t) => t.includes('(Lisbon store)')), `scrolled past the first items: ${state.rows[0]}`);
  // The page changed its rows' text itself (recycling); nothing else did.
  const changes = await mutations(page);
  assert.ok(
    changes.every((c) => c.type === 'childList' && c.target === 'SPAN'),
    JSON.stringify(changes.slice(0, 3)),
  );
  await page.close();
});

test('GitHub project: board cards whose titles come and go, then the table view, drawn five rows at a time', async () => {
  const page = await ext.open(DEMO_URLS.projectBoard);
  await settled(page, DEMO_HOOKS);
  await summaryCounts(page, 'the board summary');
  assert.equal(await page.locator('[data-testid="board-view-column-card"]').count(), 90, 'a card box for each item');
  assert.ok((await page.locator('[data-demo-title]').count()) < 45, 'only the cards near the window draw titles');
  // A card's title wraps to its edge: its marker sits in the card's top corner, clear of the title's words.
  const overTitles = await page.evaluate(() => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('customer-terms-layer')?.shadowRoot);
    const markers = [...root.querySelectorAll('.row-marker:not([hidden])')].map((m) => m.getBoundingClientRect());
    const words = [...document.querySelectorAll('[data-demo-title]')].flatMap((title) => {
      const range = document.createRange();
      range.selectNodeContents(title);
      return [...range.getClientRects()];
    });
    const meet = (/** @type {DOMRect} */ a, /** @type {DOMRect} */ b) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return { markers: markers.length, over: markers.filter((m) => words.some((w) => meet(m, w))).length };
  });
  assert.ok(overTitles.markers > 5, `markers on the board: ${overTitles.markers}`);
  assert.equal(overTitles.over, 0, 'no marker over a card title');
  await watchMutations(page, '[data-testid="board-view-column"]', '[data-demo-title]');
  // A column scrolls: cards leaving the window lose their titles, cards coming near draw theirs.
  await scrollChecking(page, DEMO_HOOKS, page.locator('[data-testid="drop-zone-Todo"]'), 170, 12);
  let state = await settled(page, DEMO_HOOKS, 'board markers after scrolling');
  assert.ok(!state.rows.includes(FIRST_LONG_LIST_TITLE), 'scrolled past the first cards');
  await summaryCounts(page, 'the board summary after scrolling');
  assert.deepEqual(await mutations(page), [], 'no title changed under the extension');

  // The Table tab switches the view in place (pushState): the board's markers go, the table's come.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Table' }).click();
  await page.waitForURL(DEMO_URLS.projectTable);
  state = await settled(page, DEMO_HOOKS, 'table markers');
  assert.ok(state.rows.length >= 10, `table rows on screen: ${state.rows.length}`);
  await summaryCounts(page, 'the table summary');
  // Rows wider than the table's box: markers stay inside it, also scrolled sideways.
  const scroller = page.locator('[data-testid="table-scroll-container"]');
  await assertMarkersInside(scroller);
  await scrollTo(scroller, { left: 600 });
  await settled(page, DEMO_HOOKS, 'table markers scrolled sideways');
  await assertMarkersInside(scroller);
  await scrollTo(scroller, { left: 0 });
  await scrollChecking(page, DEMO_HOOKS, scroller, 240, 12, 5);
  await settled(page, DEMO_HOOKS, 'table markers after scrolling');
  assert.ok((await page.locator('[data-demo-row]').count()) < 60, 'chunks far from the window are empty');
  assert.equal(await page.locator('[data-testid="board-view-column-card"]').count(), 0, 'the board is gone');
  await page.close();
});

test('Jira List view: a virtualised table whose rows are made and removed as it scrolls, and the older grid', async () => {
  const page = await ext.open(DEMO_URLS.jiraList);
  await settled(page, DEMO_HOOKS);
  await summaryCounts(page, 'the list summary');
  assert.ok((await page.locator('[data-demo-row]').count()) < 50, 'only rows near the window are drawn');
  const scroller = page.locator('[data-demo-scroller]');
  await assertMarkersInside(scroller);
  await watchMutations(page, '[data-demo-scroller]', '[data-demo-title]');
  await scrollChecking(page, DEMO_HOOKS, scroller, 300, 15, 5);
  const state = await settled(page, DEMO_HOOKS, 'list markers after scrolling');
  assert.ok(!state.rows.includes(FIRST_LONG_LIST_TITLE), 'scrolled past the first rows');
  await summaryCounts(page, 'the list summary after scrolling');
  await page.getByRole('button', { name: 'Reverse order' }).click();
  await settled(page, DEMO_HOOKS, 'list markers after reversing');
  assert.deepEqual(await mutations(page), [], 'no summary changed under the extension');
  await page.close();

  const grid = await ext.open(`${DEMO_URLS.jiraList}?view=grid`);
  await settled(grid, DEMO_HOOKS, 'grid markers');
  await until(
    () => listState(grid, DEMO_HOOKS),
    (s) => s.summary === '13 of 25 items read like housekeeping',
    { what: 'the grid summary' },
  );
  await grid.close();
});

test('list pages send nothing anywhere', () => {
  assert.deepEqual(ext.blocked, []);
});
