import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { DEMO_URLS, launchWithExtension, ROOT, recordNetwork, routeDemo } from './harness.mjs';

// Reading what the extension shows on a page: mirror marks over textareas (in
// our open shadow root), CSS highlights over rendered text, the suggestion card.
// The reads and caret helpers are shared with the Firefox suite (tests/e2e-firefox,
// Puppeteer): keep them driver-agnostic, only `page.evaluate(fn, oneArg)` and
// `handle.evaluate(fn, oneArg)`, which Playwright and Puppeteer both have.

/**
 * A page or element handle of either driver, as far as the shared reads use it.
 * @typedef {{
 *   evaluate<R>(fn: () => R | Promise<R>): Promise<R>,
 *   evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>,
 * }} Evaluates
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').BrowserContext} BrowserContext
 */

/**
 * Texts of the marks drawn over plain fields, in order.
 * @param {Evaluates} page
 */
export function markTexts(page) {
  return page.evaluate(() => {
    const root = document.querySelector('customer-terms-layer')?.shadowRoot;
    return root ? [...root.querySelectorAll('.mark')].map((m) => m.textContent) : [];
  });
}

/**
 * Texts of the ranges in our highlight, in document order.
 * @param {Evaluates} page
 */
export function highlightTexts(page, name = 'customer-terms-jargon') {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    // Rendered text is painted with static ranges, editors with live ones: read both as live ranges.
    // A static range over text the page has just removed (until it is checked again) shows nothing.
    const shown = [.../** @type {Iterable<AbstractRange>} */ (highlight)].filter(
      (r) => r.startContainer.isConnected && r.endContainer.isConnected,
    );
    const ranges = shown.map((r) => {
      if (r instanceof Range) return r;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  }, name);
}

/**
 * Waits until `read()` returns a value for which `accept` is true; returns it.
 * @template T
 * @param {() => T | Promise<T>} read
 * @param {(value: T) => unknown} accept
 * @param {{ timeout?: number, what?: string }} [options]
 * @returns {Promise<T>}
 */
export async function until(read, accept, { timeout = 5000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/**
 * Center of the rendered occurrence of `text` inside `selector` (for a real mouse click);
 * throws when `text` is not there.
 * @param {Evaluates} page
 * @param {string} selector
 * @param {string} text
 */
export function pointOfText(page, selector, text) {
  return page.evaluate(
    /** @param {{ selector: string, text: string }} arg */
    ({ selector, text }) => {
      const root = /** @type {Element} */ (document.querySelector(selector));
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (
        let node = /** @type {Text | null} */ (walker.nextNode());
        node;
        node = /** @type {Text | null} */ (walker.nextNode())
      ) {
        const at = node.data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${text}" is not in ${selector}`);
    },
    { selector, text },
  );
}

/**
 * Records DOM mutations inside the given elements, from now on, in the page's own world; with
 * `within`, only those inside an element matching it (elements the page makes later included).
 * @param {Evaluates} page
 * @param {string} selector
 * @param {string} [within]
 */
export function watchMutations(page, selector, within) {
  return page.evaluate(
    ([selector, within]) => {
      window.__mutations = [];
      for (const el of document.querySelectorAll(/** @type {string} */ (selector))) {
        new MutationObserver((records) => {
          for (const r of records) {
            const target =
              r.target.nodeType === Node.ELEMENT_NODE ? /** @type {Element} */ (r.target) : r.target.parentElement;
            if (within && !target?.closest(within)) continue;
            const change = { type: r.type, target: r.target.nodeName, attribute: r.attributeName };
            if (r.type === 'attributes') {
              const to = /** @type {Element} */ (r.target).getAttribute(/** @type {string} */ (r.attributeName));
              Object.assign(change, { from: r.oldValue, to });
            }
            window.__mutations.push(change);
          }
        }).observe(el, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeOldValue: true,
          characterData: true,
        });
      }
    },
    [selector, within],
  );
}

/** @param {Evaluates} page */
export const mutations = (page) => page.evaluate(() => window.__mutations);

/**
 * The badge text the extension set for the page's tab.
 * @param {BrowserContext} context
 * @param {Page} page
 */
export async function badgeText(context, page) {
  const [worker] = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
  const url = page.url();
  return /** @type {import('playwright-core').Worker} */ (worker).evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === url) ?? tabs.find((t) => t.active);
    if (!tab) throw new Error(`no tab for ${url}`);
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/**
 * One Chromium with the extension for a test file, demo pages routed and
 * requests recorded: `const ext = useExtension(); ... await ext.open(url)`.
 */
export function useExtension() {
  const ext = {
    /** @type {Awaited<ReturnType<typeof launchWithExtension>>} set before the first test */
    browser: /** @type {never} */ (undefined),
    /** @type {import('./harness.mjs').BlockedRequest[]} */
    blocked: [],
    /** @type {ReturnType<typeof recordNetwork>} */
    network: /** @type {never} */ (undefined),
    /** @param {string} url */
    async open(url) {
      const page = await ext.browser.context.newPage();
      await page.goto(url);
      return page;
    },
  };
  before(async () => {
    ext.browser = await launchWithExtension();
    ({ blockedRequests: ext.blocked } = await routeDemo(ext.browser.context));
    ext.network = recordNetwork(ext.browser.context);
  });
  after(async () => {
    await ext.browser?.close();
  });
  return ext;
}

/**
 * Focuses a textarea or input and puts the caret `k` characters into the first `phrase`.
 * @param {{ evaluate<R>(fn: (el: HTMLInputElement | HTMLTextAreaElement, arg: number) => R, arg: number): Promise<R>, evaluate<R>(fn: (el: HTMLInputElement | HTMLTextAreaElement, arg: string) => R, arg: string): Promise<R> }} field
 *   a Playwright locator or element handle, or a Puppeteer element handle
 * @param {string} phrase
 */
export async function caretInField(field, phrase, k = 1) {
  const at = await field.evaluate((el, phrase) => el.value.indexOf(phrase), phrase);
  if (at === -1) throw new Error(`"${phrase}" is not in the field`);
  await field.evaluate((el, at) => {
    el.focus();
    el.setSelectionRange(at, at);
  }, at + k);
  return at;
}

/**
 * Focuses a contenteditable editor and puts the caret `k` characters into the first text node holding `text`.
 * @param {Evaluates} page
 * @param {string} selector
 * @param {string} text
 */
export async function caretInEditor(page, selector, text, k = 1) {
  await page.evaluate(
    /** @param {{ selector: string, text: string, k: number }} arg */
    ({ selector, text, k }) => {
      const root = /** @type {HTMLElement} */ (document.querySelector(selector));
      root.focus();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (
        let node = /** @type {Text | null} */ (walker.nextNode());
        node;
        node = /** @type {Text | null} */ (walker.nextNode())
      ) {
        const at = node.data.indexOf(text);
        if (at !== -1) return getSelection()?.collapse(node, at + k);
      }
      throw new Error(`"${text}" not in ${selector}`);
    },
    { selector, text, k },
  );
  // Let the editor see the selection change.
  await new Promise((r) => setTimeout(r, 100));
}

/** @typedef {import('prosemirror-view').EditorView} EditorView */
/**
 * A demo editor's own document (window.demoEditors, demo/editor), as ProseMirror JSON.
 * @param {Evaluates} page
 * @param {string} name
 */
export const editorDoc = (page, name) =>
  page.evaluate((name) => /** @type {EditorView} */ (window.demoEditors.get(name)).state.doc.toJSON(), name);
/**
 * A demo editor's document text.
 * @param {Evaluates} page
 * @param {string} name
 */
export const editorText = (page, name) =>
  page.evaluate((name) => /** @type {EditorView} */ (window.demoEditors.get(name)).state.doc.textContent, name);

/**
 * Opens the card with the keyboard, fills its empty blanks and applies the first rewrite.
 * Returns the text applied and the range of the field's text it replaced (a rewrite can
 * take the phrase's verb or object with it).
 * @param {Page} page
 * @param {string} phrase
 */
export async function applyRewriteWithRange(page, phrase, slotValue = 'check out') {
  await page.keyboard.press('Alt+Shift+J');
  const card = page.getByRole('dialog', { name: new RegExp(phrase, 'i') });
  await card.waitFor();
  // Only the customer action is a blank a rewrite cannot do without; "When" is optional.
  const action = card.locator('input[name="action"]');
  if ((await action.count()) && !(await action.inputValue())) await action.fill(slotValue);
  const rewrite = card.getByRole('group', { name: 'Rewrites' }).getByRole('button').first();
  const replacement = /** @type {string} */ (await rewrite.locator('.rewrite-text').textContent()).trim();
  const start = Number(await rewrite.getAttribute('data-start'));
  const end = Number(await rewrite.getAttribute('data-end'));
  await rewrite.click();
  await card.waitFor({ state: 'detached' });
  return { replacement, start, end };
}

/**
 * As applyRewriteWithRange, for a rewrite that replaces the phrase alone; returns the text applied.
 * @param {Page} page
 * @param {string} phrase
 */
export async function applyFirstRewrite(page, phrase, slotValue = 'check out') {
  return (await applyRewriteWithRange(page, phrase, slotValue)).replacement;
}

/**
 * Opens the card with the keyboard and applies its sentence (or title) rewrite, keeping or
 * dropping the technical detail; returns the previewed text, read before applying.
 * @param {Page} page
 * @param {string} phrase
 */
export async function applySentenceRewrite(page, phrase, { keepDetail = true } = {}) {
  await page.keyboard.press('Alt+Shift+J');
  const card = page.getByRole('dialog', { name: new RegExp(phrase, 'i') });
  await card.waitFor();
  const section = card.getByRole('region', { name: /Rewrite the (?:sentence|title)/ });
  const keep = section.getByRole('checkbox', { name: /Keep the technical detail/ });
  if ((await keep.count()) && (await keep.isChecked()) !== keepDetail) await keep.click();
  const preview = /** @type {string} */ (await section.locator('.preview').textContent()).trim();
  await section.getByRole('button', { name: /^Apply to the (?:sentence|title)$/ }).click();
  await card.waitFor({ state: 'detached' });
  return preview;
}

/**
 * axe-core's violations on the page: the serious and critical ones, and all of them for the message.
 * Evaluated through the debugger protocol, so an extension page's CSP does not apply.
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const all = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return { serious: all.filter((v) => v.impact === 'serious' || v.impact === 'critical'), all };
}

/**
 * The demo issue, loaded once for a test file; a mark set in its window shows it was never reloaded.
 * @param {{ open(url: string): Promise<import('playwright-core').Page> }} ext
 */
export function demoTicketOnce(ext) {
  /** @type {import('playwright-core').Page | undefined} */
  let ticketPage;
  return async () => {
    if (!ticketPage) {
      const page = await ext.open(DEMO_URLS.issue);
      await until(
        () => highlightTexts(page),
        (h) => h.length > 10,
        { what: 'first highlights', timeout: 15_000 },
      );
      await page.evaluate(() => {
        window.__demoNoReload = true;
      });
      ticketPage = page;
    }
    return ticketPage;
  };
}
