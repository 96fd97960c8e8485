// What the browser has stored holds from a page's first frame: an ignored phrase, a tracker
// switched off, reading highlights off. Each case is watched at every frame from the page's
// first, not only once the page has settled (the first check must never show a guess).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_URLS } from './harness.mjs';
import { highlightTexts, until, useExtension } from './page-helpers.mjs';

const ext = useExtension();

/** At every frame: the text of each highlight registered, and whether our layer was visible with something in it. */
const WATCH = `(() => {
  const seen = { texts: [], layerShown: false };
  window.__ctSeen = seen;
  const tick = () => {
    const highlight = CSS.highlights.get('customer-terms-jargon');
    for (const r of highlight ?? []) {
      if (!r.startContainer.isConnected || !r.endContainer.isConnected) continue;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const text = live.toString().toLowerCase();
      if (!seen.texts.includes(text)) seen.texts.push(text);
    }
    const layer = document.querySelector('customer-terms-layer');
    if (layer && getComputedStyle(layer).visibility !== 'hidden' && layer.shadowRoot?.querySelector('.count, .row-marker'))
      seen.layerShown = true;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** @param {Record<string, unknown>} values */
async function store(values) {
  const worker = /** @type {import('playwright-core').Worker} */ (ext.browser.context.serviceWorkers()[0]);
  await worker.evaluate((values) => chrome.storage.local.set(values), values);
}

/** Opens the demo issue with the frame watch, and gives the extension a second and a half to show what it will. */
async function openWatched() {
  const page = await ext.browser.context.newPage();
  await page.addInitScript({ content: WATCH });
  await page.goto(DEMO_URLS.issue, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const seen = await page.evaluate(() => window.__ctSeen);
  return { page, seen };
}

const DEFAULT_SETTINGS = { highlightWhileReading: true, disabledTrackers: [] };

test('a phrase ignored before the page opens is never highlighted, not for one frame', async () => {
  await store({ ignoredPhrases: ['redis'] });
  try {
    const { page, seen } = await openWatched();
    await until(
      () => highlightTexts(page),
      (t) => t.some((x) => /circuit breaker/i.test(x)),
      { what: 'the other phrases highlighted' },
    );
    assert.ok(seen.texts.includes('circuit breaker'), `highlighted: ${seen.texts.join(', ')}`);
    assert.ok(!seen.texts.includes('redis'), `an ignored phrase was highlighted: ${seen.texts.join(', ')}`);
    await page.close();
  } finally {
    await store({ ignoredPhrases: [] });
  }
});

test('a tracker switched off before the page opens shows nothing at any frame, and leaves nothing in the page', async () => {
  await store({ settings: { ...DEFAULT_SETTINGS, disabledTrackers: ['github'] } });
  try {
    const { page, seen } = await openWatched();
    assert.deepEqual(seen.texts, [], 'no highlight');
    assert.equal(seen.layerShown, false, 'no count or marker shown');
    assert.equal(await page.locator('customer-terms-layer').count(), 0, 'our layer is gone');
    await page.close();
  } finally {
    await store({ settings: DEFAULT_SETTINGS });
  }
});

test('with highlights while reading off, the rendered issue is never highlighted, not for one frame', async () => {
  await store({ settings: { ...DEFAULT_SETTINGS, highlightWhileReading: false } });
  try {
    const { page, seen } = await openWatched();
    assert.deepEqual(seen.texts, [], 'no highlight in rendered text');
    await page.close();
  } finally {
    await store({ settings: DEFAULT_SETTINGS });
  }
  // And on again, the same page in a new tab is highlighted as it should be.
  const { page, seen } = await openWatched();
  assert.ok(seen.texts.includes('circuit breaker'), `highlighted: ${seen.texts.join(', ')}`);
  await page.close();
});
