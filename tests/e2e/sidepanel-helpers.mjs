// Helpers for the side panel's end-to-end tests: find a ticket's tab id, open
// the panel for it as a page, fill the write-up by mouse or by keyboard alone.
import assert from 'node:assert/strict';
import { until } from './page-helpers.mjs';

/**
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').Locator} Locator
 */

/**
 * The tab showing `url` (the newest, when several do). Without the tabs permission
 * the worker cannot read tab addresses, so each tab's content script is asked.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @returns {Promise<number>}
 */
export async function tabIdOf(context, url, timeout = 10_000) {
  const worker = /** @type {import('playwright-core').Worker} */ (
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
  );
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const id = await worker.evaluate(async (url) => {
      /** @type {import('wxt/browser').Browser.tabs.Tab | null} */
      let found = null;
      for (const tab of await chrome.tabs.query({})) {
        /** @type {import('../../src/messages').TicketSnapshot | null} */
        const ticket = await chrome.tabs
          .sendMessage(/** @type {number} */ (tab.id), { kind: 'get-ticket' })
          .catch(() => null);
        if (ticket?.url === url && (found === null || tab.index > found.index)) found = tab;
      }
      return found?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No tab answered for ${url}`);
}

/**
 * The side panel for a tab, opened as an ordinary page, once its form is shown.
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} browser
 * @param {number} tabId
 */
export async function panelFor(browser, tabId) {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('form', { name: 'The four-part write-up' }).waitFor();
  return panel;
}

/** @param {Page} panel */
export async function readiness(panel) {
  const meter = panel.getByRole('meter', { name: 'Readiness' });
  return { now: await meter.getAttribute('aria-valuenow'), text: await meter.getAttribute('aria-valuetext') };
}

/**
 * Fills every part with the mouse; the task's action is picked among the radios when given.
 * @param {Page} panel
 * @param {{ action?: string, problem: string }} parts
 */
export async function fillWriteUp(panel, { action, problem }) {
  if (action) await panel.getByRole('radio', { name: action }).check();
  await panel.getByLabel('In one short sentence').fill(problem);
  await panel.getByRole('checkbox', { name: 'Demos interrupted' }).check();
  await panel.getByLabel('Quick entry: today → target').fill('3% -> below 0.5%');
  const sales = panel.getByRole('group', { name: 'Proof from sales' });
  await sales.getByLabel('What happened').fill('ACME’s evaluation stalled at checkout');
  await sales.getByLabel('Link or count').fill('2 deals');
  const support = panel.getByRole('group', { name: 'Proof from support' });
  await support.getByLabel('What happened').fill('Logged-out shoppers write in');
  await support.getByLabel('Link or count').fill('14 tickets');
  await panel.getByLabel('Scope item 1').fill('Keep sessions alive while the store is slow');
}

/**
 * Presses Tab until the focused control's name matches; fails if it is never reached.
 * @param {Page} panel
 * @param {string | RegExp} name
 */
export async function tabTo(panel, name, max = 120) {
  for (let i = 0; i < max; i++) {
    await panel.keyboard.press('Tab');
    const focused = await panel.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return '';
      const labels = /** @type {Partial<HTMLInputElement>} */ (el).labels;
      const label = el.getAttribute('aria-label') ?? labels?.[0]?.textContent ?? el.textContent ?? '';
      return label.trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return focused;
  }
  throw new Error(`Tab never reached ${name}`);
}

/**
 * The whole write-up with the keyboard alone, ending with "Insert into ticket".
 * @param {Page} panel
 */
export async function completeByKeyboard(panel) {
  const k = panel.keyboard;
  await panel.bringToFront();
  await panel.locator('h1').click(); // a starting point at the top, as a keyboard user has
  await tabTo(panel, 'Action, in plain words');
  await k.press('Control+A');
  await k.type('sign in');
  await tabTo(panel, 'When or where');
  await k.type('during live demos');
  await tabTo(panel, 'In one short sentence');
  await k.type('Prospects get logged out halfway through a demo.');
  await tabTo(panel, 'Demos interrupted');
  if (!(await panel.getByRole('checkbox', { name: 'Demos interrupted' }).isChecked())) await k.press('Space');
  await tabTo(panel, 'Quick entry: today → target');
  await k.type('3% -> below 0.5%');
  await tabTo(panel, 'What happened');
  await k.type('ACME demo stalled at sign-in');
  await tabTo(panel, 'Link or count');
  await k.type('2 deals');
  await tabTo(panel, 'What happened');
  await k.type('Logged-out users write in');
  await tabTo(panel, 'Link or count');
  await k.type('14 tickets');
  await tabTo(panel, 'Scope item 1');
  await k.type('Keep sessions alive when the store is slow');
  await tabTo(panel, 'Insert into ticket');
  await k.press('Enter');
}

/**
 * Inserts the write-up into a ProseMirror editor in the page, checks it went in rich, and undoes it there.
 * @param {Page} page
 * @param {Page} panel
 * @param {Locator} editor
 */
export async function insertRichAndUndo(page, panel, editor) {
  await editor.click();
  const before = await editor.innerHTML();
  await panel.bringToFront();
  await panel
    .getByText(/Goes into the description being edited/)
    .first()
    .waitFor();
  await panel.getByRole('button', { name: 'Insert into ticket' }).click();
  await panel.getByText(/^Inserted into the description being edited/).waitFor();
  assert.ok(
    (await editor.locator('h2').allInnerTexts()).includes('What goes wrong today'),
    'rich headings, not markdown',
  );
  assert.ok(
    (await editor.locator('li').allInnerTexts()).some((li) => li.startsWith('Before: 3%')),
    'labelled list items',
  );
  await page.bringToFront();
  await editor.focus();
  await page.keyboard.press('Control+Z');
  await until(
    () => editor.innerHTML(),
    (html) => html === before,
    { what: 'the editor back as it was, in one undo step' },
  );
}
