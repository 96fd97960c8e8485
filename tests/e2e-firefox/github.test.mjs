// The in-page experience on the GitHub-shaped demo pages, in real headless Firefox ESR
// with the built Firefox extension (puppeteer-core over WebDriver BiDi).
//
// What cannot be driven in Firefox: WebDriver BiDi refuses to navigate to moz-extension://
// pages, and page script cannot open them either, so the extension's own pages (the
// write-up sidebar and the settings page) are tested in Chromium only (tests/e2e). The
// toolbar badge is not read here either (no handle on the background page). Everything
// the content scripts do on a tracker page is covered in both browsers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caretInField, highlightTexts, markTexts, until } from '../e2e/page-helpers.mjs';
import {
  applyFirstRewriteInCard,
  cardState,
  changedRegion,
  DEMO_URLS,
  occurrences,
  press,
  useFirefox,
} from './harness.mjs';

const ff = useFirefox();

const BODY_TEXTAREA = 'textarea[aria-label="Markdown value"]';

test('Firefox: jargon in the new-issue textarea and title is marked, also while typing', async () => {
  const page = await ff.open(DEMO_URLS.newIssue);
  const marks = await until(
    () => markTexts(page),
    (m) => m.length > 3,
    { what: 'mirror marks' },
  );
  assert.ok(marks.includes('Refactor') && marks.includes('session handling'), `marks: ${marks}`);
  assert.ok(
    marks.some((m) => /^tech debt$/i.test(m)),
    `marks: ${marks}`,
  );
  const body = await page.$(BODY_TEXTAREA);
  assert.ok(body, 'the body text box');
  await body.evaluate((el) => {
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  });
  await page.keyboard.type('\nWe also need a circuit breaker.');
  await until(
    () => markTexts(page),
    (m) => m.includes('circuit breaker'),
    { what: 'mark for the typed phrase' },
  );
  await page.close();
});

test('Firefox: Alt+Shift+J opens the card at the caret; a rewrite replaces the phrase and one Ctrl+Z restores the text', async () => {
  const page = await ff.open(DEMO_URLS.newIssue);
  await until(
    () => markTexts(page),
    (m) => m.includes('Harden'),
    { what: 'a mark on Harden' },
  );
  const area = await page.$(BODY_TEXTAREA);
  assert.ok(area, 'the body text box');
  const original = await area.evaluate((el) => el.value);
  const at = await caretInField(area, 'Harden session', 2);
  await press(page, 'Alt+Shift+KeyJ');
  const card = await until(
    () => cardState(page),
    (c) => c !== null && c.rewrites.length > 0,
    { what: 'the card' },
  );
  assert.match(card?.label ?? '', /Harden/i);
  // The reason comes from the background (the page's copy of the built-in map has none).
  assert.match(card?.why ?? '', /^Hardening sounds like insurance/);
  const rewrite = await applyFirstRewriteInCard(page, 'checkout');
  await until(
    () => cardState(page),
    (c) => c === null,
    { what: 'the card to close' },
  );
  const changed = await area.evaluate((el) => el.value);
  assert.notEqual(changed, original, `the text changed (rewrite "${rewrite}")`);
  // The edit is where the phrase was, within its line; the phrase is gone from there.
  const region = changedRegion(original, changed);
  const lineStart = original.lastIndexOf('\n', at) + 1;
  const lineEnd = original.indexOf('\n', at) === -1 ? original.length : original.indexOf('\n', at);
  assert.ok(
    region.start <= at + 'Harden'.length && region.end >= at,
    `the edit ${JSON.stringify(region)} covers the phrase at ${at}`,
  );
  assert.ok(
    region.start >= lineStart && region.end <= lineEnd,
    `the edit ${JSON.stringify(region)} stays in the phrase's line`,
  );
  assert.equal(
    occurrences(changed, 'Harden'),
    occurrences(original, 'Harden') - 1,
    'one occurrence of the phrase was rewritten',
  );
  await area.focus();
  await press(page, 'Control+KeyZ');
  assert.equal(await area.evaluate((el) => el.value), original, 'one Ctrl+Z brings the exact original back');
  await page.close();
});

test('Firefox: the rendered issue is highlighted (CSS custom highlights), never code, links or mentions', async () => {
  const page = await ff.open(DEMO_URLS.issue);
  const texts = await until(
    () => highlightTexts(page),
    (t) => t.length > 10,
    { what: 'highlights' },
  );
  for (const expected of ['Refactor', 'session handling', 'retry logic', 'Redis', 'p99 latency', 'circuit breaker']) {
    assert.ok(
      texts.some((t) => t.toLowerCase() === expected.toLowerCase()),
      `"${expected}" in ${JSON.stringify(texts)}`,
    );
  }
  assert.ok(!texts.some((t) => /createOrder|checkout_session|maria-sre|#123|attempt/.test(t)), JSON.stringify(texts));
  // The highlight is registered with the page's own registry, where Firefox paints it.
  assert.ok(await page.evaluate(() => CSS.highlights.has('customer-terms-jargon')));
  await page.close();
});

test('Firefox: no network request beyond the served demo pages', () => {
  assert.ok(ff.requests.length > 0, 'the demo pages were requested through the harness');
  assert.deepEqual(ff.blocked, []);
  const outside = ff.requests.filter((r) => !/^https:\/\/github\.com\/customer-terms-demo[/?#]/.test(r.url));
  assert.deepEqual(outside, []);
});
