// Firefox end-to-end harness: real headless Firefox (ESR) driven by puppeteer-core over
// WebDriver BiDi, with the built Firefox extension (.output/firefox-mv2, from
// `npx wxt build -b firefox`; nothing is built here) installed as a temporary add-on.
// The demo pages are served at their real addresses from the same route table as the
// Chromium suite (tests/e2e/harness.mjs); every other request is blocked and recorded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { demoResponse, ensureDemoBuilt, ROOT } from '../e2e/harness.mjs';

export { DEMO_URLS } from '../e2e/harness.mjs';
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

/**
 * @typedef {import('puppeteer-core').Page} Page
 * @typedef {{ url: string, method: string, navigation: boolean }} RequestEntry
 */

/** Firefox to drive: FIREFOX_PATH, else Debian's firefox-esr. */
export function findFirefox() {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (existsSync(path)) return path;
  throw new Error(
    process.env.FIREFOX_PATH
      ? `FIREFOX_PATH is set to ${path}, which does not exist.`
      : 'No Firefox found for the Firefox end-to-end tests (looked for /usr/bin/firefox-esr). Install it ' +
          '(`apt-get install firefox-esr` on Debian/Ubuntu), or set FIREFOX_PATH to a Firefox 140+ binary.',
  );
}

/** Throws unless the Firefox build exists. */
export function assertFirefoxExtensionBuilt() {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `The Firefox extension is not built (${FIREFOX_EXTENSION_DIR}/manifest.json is missing): run npx wxt build -b firefox first.`,
    );
  }
}

/**
 * Launches headless Firefox in a fresh profile (puppeteer makes and removes it) with the
 * extension installed as a temporary add-on.
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionId: string, close: () => Promise<void> }>}
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR) {
  if (extensionDir === FIREFOX_EXTENSION_DIR) assertFirefoxExtensionBuilt();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // The Chromium suite's window: phrases are highlighted near the window, so both see the same.
    defaultViewport: { width: 1280, height: 800 },
  });
  const close = () => browser.close().catch(() => {});
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Serves the demo pages to `page` at their real addresses. Every http(s) request is
 * recorded in `log.requests`; those that are not demo pages are aborted and also
 * recorded in `log.blocked`. Other schemes (data:, blob:, moz-extension:) are not
 * network traffic and pass.
 * @param {Page} page
 * @param {{ requests: RequestEntry[], blocked: RequestEntry[] }} log
 */
export async function serveDemo(page, log) {
  await ensureDemoBuilt();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(https?|wss?):/.test(url)) return request.continue();
    // (BiDi requests have no resourceType in Puppeteer.)
    const entry = { url, method: request.method(), navigation: request.isNavigationRequest() };
    log.requests.push(entry);
    let found;
    try {
      found = demoResponse(url);
    } catch (error) {
      return request.respond({ status: 500, contentType: 'text/plain', body: String(error) });
    }
    if (found) return request.respond(found);
    log.blocked.push(entry);
    return request.abort('blockedbyclient');
  });
}

/**
 * One Firefox with the extension for a test file:
 * `const ff = useFirefox(); ... const page = await ff.open(DEMO_URLS.issue)`.
 * `ff.requests` holds every http(s) request its pages made, `ff.blocked` those not served.
 */
export function useFirefox() {
  const ff = {
    /** @type {import('puppeteer-core').Browser} set before the first test */
    browser: /** @type {never} */ (undefined),
    /** @type {string} set before the first test */
    extensionId: '',
    /** @type {RequestEntry[]} */
    requests: [],
    /** @type {RequestEntry[]} */
    blocked: [],
    /** @param {string} url */
    async open(url) {
      const page = await ff.browser.newPage();
      await serveDemo(page, ff);
      await page.goto(url);
      return page;
    },
  };
  /** @type {(() => Promise<void>) | undefined} */
  let close;
  before(async () => {
    ({ browser: ff.browser, extensionId: ff.extensionId, close } = await launchFirefoxWithExtension());
  });
  after(async () => {
    await close?.();
  });
  return ff;
}

/**
 * Presses a key chord such as 'Alt+Shift+KeyJ' or 'Control+KeyZ' (Puppeteer has no
 * chord syntax): holds the modifiers, presses the last key, releases in reverse order.
 * @param {Page} page
 * @param {string} chord
 */
export async function press(page, chord) {
  const keys = /** @type {import('puppeteer-core').KeyInput[]} */ (chord.split('+'));
  const key = /** @type {import('puppeteer-core').KeyInput} */ (keys.pop());
  for (const modifier of keys) await page.keyboard.down(modifier);
  try {
    await page.keyboard.press(key);
  } finally {
    for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
  }
}

/**
 * The open suggestion card as the page shows it, read from our open shadow root:
 * null when closed, else its label, its rewrite buttons' texts and its status line.
 * @param {Page} page
 */
export function cardState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('customer-terms-card')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    return {
      label: dialog.getAttribute('aria-label'),
      /** The card's accessible description: why the phrase reads as internal. */
      why: root?.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent ?? null,
      rewrites: [...dialog.querySelectorAll('[role="group"] button')].map((b) =>
        /** @type {string} */ (b.textContent).trim(),
      ),
      blanks: [...dialog.querySelectorAll('input:not([type="checkbox"]):not([type="radio"])')].filter(
        (i) => i.getClientRects().length > 0,
      ).length,
      status: dialog.querySelector('[role="status"]')?.textContent ?? '',
    };
  });
}

/**
 * With the card open: types `slotValue` into the customer-action blank when it is empty (the
 * one blank a rewrite cannot do without), then clicks the first
 * button of the rewrites group (real mouse click). Returns the button's text as shown when
 * it was clicked (for messages only: tests assert on the edit, not on rewrite wording).
 * @param {Page} page
 */
export async function applyFirstRewriteInCard(page, slotValue = 'checkout') {
  const inputs = await page.evaluateHandle(() => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('customer-terms-card')?.shadowRoot);
    return [...root.querySelectorAll('input[name="action"]')].filter(
      (i) => i.getClientRects().length > 0 && !(/** @type {HTMLInputElement} */ (i).value),
    );
  });
  for (const property of (await inputs.getProperties()).values()) {
    const input = /** @type {import('puppeteer-core').ElementHandle<Element> | null} */ (property.asElement());
    if (!input) continue;
    await input.click({ count: 3 });
    await input.type(slotValue);
  }
  await inputs.dispose();
  const button = /** @type {import('puppeteer-core').ElementHandle<Element> | null} */ (
    (
      await page.evaluateHandle(() => {
        const root = /** @type {ShadowRoot} */ (document.querySelector('customer-terms-card')?.shadowRoot);
        return root.querySelector('[role="group"] button');
      })
    ).asElement()
  );
  if (!button) throw new Error('The card has no rewrite button');
  const text = /** @type {string} */ (await button.evaluate((b) => b.textContent)).trim();
  await button.click();
  return text;
}

/**
 * Where `after` differs from `before`: the common prefix and suffix removed.
 * @param {string} before
 * @param {string} after
 * @returns {{ start: number, end: number, removed: string, inserted: string }} offsets in `before`
 */
export function changedRegion(before, after) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  return {
    start,
    end: before.length - tail,
    removed: before.slice(start, before.length - tail),
    inserted: after.slice(start, after.length - tail),
  };
}

/**
 * How many times `phrase` occurs in `text` (case-insensitive).
 * @param {string} text
 * @param {string} phrase
 */
export function occurrences(text, phrase) {
  return text.toLowerCase().split(phrase.toLowerCase()).length - 1;
}
