// Self-test of the Jira- and Linear-shaped demo pages: their editors are real ProseMirror
// editors (typing, DOM-Range + execCommand('insertText') edits, Ctrl+Z), the Jira
// description swaps between read mode and editor, comments post, and both pages open a
// second issue without a reload. The extension is loaded, as in every e2e test, but
// nothing here depends on what it does.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildDemo } from '../../scripts/build-demo.mjs';
import { ROOT, launchWithExtension, routeFixture } from './harness.mjs';

const DEMO = join(ROOT, 'demo');
const JIRA = 'https://customer-terms-demo.atlassian.net';
const LINEAR = 'https://linear.app';
const JIRA_ISSUE = `${JIRA}/browse/SHOP-7`;
const LINEAR_ISSUE = `${LINEAR}/customer-terms-demo/issue/SHOP-8/checkout-logouts`;

const JIRA_EDITOR = '.ak-editor-content-area > .ProseMirror#ak-editor-textarea[contenteditable="true"][role="textbox"]';
const JIRA_DESCRIPTION_EDITOR = `[data-testid="issue.views.field.rich-text.editor-container"] ${JIRA_EDITOR}`;
const JIRA_COMMENT_EDITOR = `[data-testid="issue.activity.comment"] ${JIRA_EDITOR}`;
const JIRA_SUMMARY = 'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]';
const JIRA_RENDERED_DESCRIPTION = '[data-testid="issue.views.field.rich-text.description"] .ak-renderer-document';
const LINEAR_TITLE =
  '[data-view-id="issue-view"] [contenteditable="true"][role="textbox"][aria-label="Issue title"][aria-multiline="false"]';
const LINEAR_DESCRIPTION =
  '[data-view-id="issue-view"] .ProseMirror.editor[contenteditable="true"][aria-label="Issue description"][aria-multiline="true"]';
const LINEAR_COMPOSER =
  '[data-view-id="issue-view"] form [data-comment-input-editor-container] .ProseMirror[contenteditable="true"]';

/** @typedef {import('playwright-core').Page} Page */
/** @type {Awaited<ReturnType<typeof launchWithExtension>>} set before the first test */
let browser;
/** @type {import('./harness.mjs').BlockedRequest[]} */
let blocked = [];

before(async () => {
  await buildDemo();
  browser = await launchWithExtension();
  const { context } = browser;
  const serve = (/** @type {string} */ url, /** @type {string} */ file) => routeFixture(context, url, join(DEMO, file));
  ({ blockedRequests: blocked } = await serve(`${JIRA}/browse/*`, 'jira/issue.html'));
  await serve(`${JIRA}/jira/software/projects/SHOP/boards/*`, 'jira/issue.html');
  await serve(`${LINEAR}/customer-terms-demo/issue/*`, 'linear/issue.html');
  for (const origin of [JIRA, LINEAR]) {
    await serve(`${origin}/customer-terms-demo-assets/dist/editor.js`, 'dist/editor.js');
    await serve(`${origin}/customer-terms-demo-assets/jira/jira.css`, 'jira/jira.css');
    await serve(`${origin}/customer-terms-demo-assets/linear/linear.css`, 'linear/linear.css');
  }
});

after(async () => {
  await browser?.close();
});

/** @param {string} url */
async function openPage(url) {
  const page = await browser.context.newPage();
  /** @type {Error[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  await page.waitForFunction(() => window.demoEditors instanceof Map);
  // A flag in the page's main world: it survives soft navigation and not a reload.
  await page.evaluate(() => (window.__demoNoReload = true));
  return { page, errors };
}

/** @typedef {import('prosemirror-view').EditorView} EditorView */
/**
 * The named editor's document as JSON, or null when there is no such editor.
 * @param {Page} page
 * @param {string} name
 */
const docOf = (page, name) => page.evaluate((name) => window.demoEditors.get(name)?.state.doc.toJSON() ?? null, name);
/**
 * @param {Page} page
 * @param {string} name
 */
const textOf = (page, name) =>
  page.evaluate((name) => window.demoEditors.get(name)?.state.doc.textContent ?? null, name);

/**
 * Text runs of the named editor with their mark names: [{ text, marks: ['strong'] }].
 * @param {Page} page
 * @param {string} name
 */
const runsOf = (page, name) =>
  page.evaluate((name) => {
    /** @type {{ text: string, marks: string[] }[]} */
    const runs = [];
    /** @type {EditorView} */ (window.demoEditors.get(name)).state.doc.descendants((node) => {
      if (node.isText)
        runs.push({ text: /** @type {string} */ (node.text), marks: node.marks.map((m) => m.type.name) });
    });
    return runs;
  }, name);

/**
 * Focuses the editable element and selects `text` inside it with a DOM Range (it may span
 * several text nodes, such as a word and a link), then replaces it with execCommand,
 * the way an extension edits a host editor without touching its DOM.
 * @param {Page} page
 * @param {string} selector
 * @param {string} text
 * @param {string} replacement
 */
const replaceText = (page, selector, text, replacement) =>
  page.evaluate(
    ({ selector, text, replacement }) => {
      const root = /** @type {HTMLElement} */ (document.querySelector(selector));
      root.focus();
      /** @type {Text[]} */
      const nodes = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(/** @type {Text} */ (node));
      const all = nodes.map((n) => n.data).join('');
      const start = all.indexOf(text);
      if (start === -1) throw new Error(`"${text}" not found in ${selector}`);
      /**
       * @param {number} offset
       * @returns {[Text, number]}
       */
      const locate = (offset) => {
        for (const node of nodes) {
          if (offset <= node.data.length) return [node, offset];
          offset -= node.data.length;
        }
        throw new Error('offset past the end');
      };
      const range = document.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(start + text.length));
      const selection = /** @type {Selection} */ (getSelection());
      selection.removeAllRanges();
      selection.addRange(range);
      return document.execCommand('insertText', false, replacement);
    },
    { selector, text, replacement },
  );

/**
 * Waits until ProseMirror has read the DOM change into its state (its observer is asynchronous).
 * @param {Page} page
 * @param {string} name
 * @param {(text: string) => boolean} predicate run in the page, from its source
 */
const waitForText = (page, name, predicate) =>
  page.waitForFunction(
    ({ name, source }) => {
      const text = window.demoEditors.get(name)?.state.doc.textContent;
      return text != null && new Function('text', `return (${source})(text)`)(text);
    },
    { name, source: predicate.toString() },
  );

test('Jira demo: read mode, description editor, undo, save, comment', async () => {
  const { page, errors } = await openPage(JIRA_ISSUE);
  try {
    assert.equal(
      String(await page.textContent(JIRA_SUMMARY)).trim(),
      'Retry storm after a Redis failover takes down cart and checkout',
    );
    const rendered = page.locator(JIRA_RENDERED_DESCRIPTION);
    assert.equal(await rendered.locator('strong').first().textContent(), 'hand-rolled retry loop');
    assert.match(String(await rendered.textContent()), /retry logic multiplied/);
    assert.equal(
      await rendered.locator('a', { hasText: 'logic' }).count(),
      1,
      'the link covers only "logic" of "retry logic"',
    );
    assert.equal(await docOf(page, 'jira-description'), null, 'no editor until the description is clicked');

    // A click on the rendered text (not on the link) swaps it for the editor.
    await rendered.locator('p').nth(1).click();
    await page.locator(JIRA_DESCRIPTION_EDITOR).waitFor();
    assert.equal(
      await page.locator('[data-testid="issue.views.field.rich-text.description"]').count(),
      0,
      'read mode replaced',
    );
    assert.equal(await page.locator(JIRA_DESCRIPTION_EDITOR).count(), 1);
    const runs = await runsOf(page, 'jira-description');
    assert.deepEqual(runs.find((r) => r.text === 'hand-rolled retry loop')?.marks, ['strong']);
    assert.deepEqual(runs.find((r) => r.text === 'logic')?.marks, ['link']);
    assert.ok(
      runs[runs.findIndex((r) => r.text === 'logic') - 1]?.text.endsWith('The retry '),
      'plain "retry " before the link',
    );
    assert.deepEqual(runs.find((r) => r.text === 'POST /cart/items')?.marks, ['code']);

    // DOM Range + execCommand('insertText') becomes a transaction; the new text keeps the bold mark.
    const original = await docOf(page, 'jira-description');
    assert.equal(await replaceText(page, JIRA_DESCRIPTION_EDITOR, 'hand-rolled retry loop', 'way we retry'), true);
    await waitForText(page, 'jira-description', (t) => t.includes('our way we retry:'));
    assert.deepEqual((await runsOf(page, 'jira-description')).find((r) => r.text === 'way we retry')?.marks, [
      'strong',
    ]);
    await page.keyboard.press('Control+z');
    await waitForText(page, 'jira-description', (t) => t.includes('hand-rolled retry loop'));
    assert.deepEqual(await docOf(page, 'jira-description'), original, 'Ctrl+Z restores the document exactly');
    await page.keyboard.press('Control+Shift+z');
    await waitForText(page, 'jira-description', (t) => t.includes('our way we retry:'));
    await page.keyboard.press('Control+z');
    await waitForText(page, 'jira-description', (t) => t.includes('hand-rolled retry loop'));

    // Real typing, and Mod-b.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' before the postmortem');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' now');
    await waitForText(page, 'jira-description', (t) =>
      t.endsWith('fail fast when the pool is empty before the postmortem now'),
    );
    assert.deepEqual((await runsOf(page, 'jira-description')).at(-1), { text: ' now', marks: ['strong'] });

    // Save renders the document back into read mode.
    await page.locator('[data-demo-editor="jira-description"] [data-demo-action="save"]').click();
    await rendered.waitFor();
    assert.equal(await docOf(page, 'jira-description'), null, 'editor destroyed on save');
    assert.match(String(await rendered.textContent()), /pool is empty before the postmortem now/);
    assert.equal(await rendered.locator('strong', { hasText: 'now' }).count(), 1);

    // "Add a comment…" becomes the same editor chain; Save adds a comment to the top of the list.
    await page.getByRole('button', { name: 'Add a comment…' }).click();
    await page.locator(JIRA_COMMENT_EDITOR).waitFor();
    await page.keyboard.type('Customers saw empty carts for seven minutes.');
    await waitForText(page, 'jira-comment', (t) => t === 'Customers saw empty carts for seven minutes.');
    await page.locator('[data-demo-editor="jira-comment"] [data-demo-action="save"]').click();
    const first = page
      .locator(
        '[data-testid="issue.activity.comments-list"] > [data-testid^="issue-comment-base.ui.comment.ak-comment."]',
      )
      .first();
    assert.match(String(await first.getAttribute('data-testid')), /^issue-comment-base\.ui\.comment\.ak-comment\.\d+$/);
    const id = await first.getAttribute('data-testid');
    assert.equal(
      String(await page.locator(`[data-testid="${id}-body"] .ak-renderer-document`).textContent()).trim(),
      'Customers saw empty carts for seven minutes.',
    );
    assert.equal(await page.locator('[data-demo-comment-placeholder]').count(), 1, 'placeholder back after saving');
    assert.equal(
      await page
        .locator('[data-testid="issue.activity.comments-list"] [data-testid$="-body"] .ak-renderer-document')
        .count(),
      4,
    );

    assert.equal(await page.evaluate(() => window.__demoNoReload), true);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('Jira demo: a board card opens SHOP-9 without a reload; Back returns to SHOP-7', async () => {
  const { page, errors } = await openPage(JIRA_ISSUE);
  try {
    await page.locator(JIRA_RENDERED_DESCRIPTION).locator('p').nth(1).click();
    await page.locator(JIRA_DESCRIPTION_EDITOR).waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Draft.');
    await waitForText(page, 'jira-description', (t) => t.endsWith(' Draft.'));

    await page.locator('.board-card[data-issue-key="SHOP-9"]').click();
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent.trim() === 'Flaky payment tests block hotfix deploys',
      JIRA_SUMMARY,
    );
    const url = new URL(page.url());
    assert.equal(url.pathname, '/jira/software/projects/SHOP/boards/1');
    assert.equal(url.searchParams.get('selectedIssue'), 'SHOP-9');
    assert.equal(await page.evaluate(() => window.__demoNoReload), true, 'no reload');
    assert.equal(await docOf(page, 'jira-description'), null, 'the open editor closed with its issue');
    assert.equal(
      await page.locator('[data-testid="issue.views.field.rich-text.description"] strong').textContent(),
      'flaky tests',
    );
    assert.equal(await page.locator(JIRA_SUMMARY).count(), 1);

    await page.locator('[data-demo-edit-description]').click();
    await page.locator(JIRA_DESCRIPTION_EDITOR).waitFor();
    assert.match(String(await textOf(page, 'jira-description')), /^Three tests in the payments suite/);
    await page.locator('[data-demo-editor="jira-description"] [data-demo-action="cancel"]').click();

    await page.goBack();
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('Retry storm'), JIRA_SUMMARY);
    assert.equal(new URL(page.url()).pathname, '/browse/SHOP-7');
    assert.equal(await page.evaluate(() => window.__demoNoReload), true, 'no reload on Back');
    assert.doesNotMatch(
      String(await page.textContent(JIRA_RENDERED_DESCRIPTION)),
      /Draft\./,
      'leaving cancels an unsaved edit',
    );

    // The linked-issue link goes to /browse/SHOP-9, also in place.
    await page.locator('.linked a[data-issue-key="SHOP-9"]').click();
    await page.waitForURL(`${JIRA}/browse/SHOP-9`);
    assert.equal(String(await page.textContent(JIRA_SUMMARY)).trim(), 'Flaky payment tests block hotfix deploys');
    assert.equal(await page.evaluate(() => window.__demoNoReload), true);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('Linear demo: title, description and composer are editors with undo', async () => {
  const { page, errors } = await openPage(LINEAR_ISSUE);
  try {
    await page.locator(LINEAR_TITLE).waitFor();
    assert.deepEqual(await page.evaluate(() => [...window.demoEditors.keys()].sort()), [
      'linear-comment',
      'linear-description',
      'linear-title',
    ]);
    assert.equal(await page.locator(LINEAR_TITLE).count(), 1);
    assert.equal(await page.locator(LINEAR_DESCRIPTION).count(), 1);
    assert.equal(await page.locator(LINEAR_COMPOSER).count(), 1);
    assert.equal(await page.locator('[data-view-id="issue-view"] [data-testid="comment-body"]').count(), 2);
    assert.equal(
      await textOf(page, 'linear-title'),
      'Checkout logouts when token refresh races after the session handling refactor',
    );
    const descriptionRuns = await runsOf(page, 'linear-description');
    assert.deepEqual(descriptionRuns.find((r) => r.text === 'session handling refactor')?.marks, ['strong']);
    assert.deepEqual(descriptionRuns.find((r) => r.text === 'logic')?.marks, ['link']);

    // The title: one line of text; an edit through the DOM, undone with Ctrl+Z; Enter adds no line.
    const title = await docOf(page, 'linear-title');
    await replaceText(page, LINEAR_TITLE, 'token refresh', 'sign-in renewal');
    await waitForText(page, 'linear-title', (t) => t.includes('when sign-in renewal races'));
    await page.keyboard.press('Control+z');
    await waitForText(page, 'linear-title', (t) => t.includes('when token refresh races'));
    assert.deepEqual(await docOf(page, 'linear-title'), title);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    assert.deepEqual(await docOf(page, 'linear-title'), title, 'Enter does not split the title');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Issue description',
      'Enter moves to the description',
    );

    // The description: replace a phrase that crosses a link boundary, undo; then type.
    const description = await docOf(page, 'linear-description');
    await replaceText(page, LINEAR_DESCRIPTION, 'retry logic', 'automatic retry');
    await waitForText(page, 'linear-description', (t) => t.includes('the automatic retry treats'));
    await page.keyboard.press('Control+z');
    await waitForText(page, 'linear-description', (t) => t.includes('the retry logic treats'));
    assert.deepEqual(await docOf(page, 'linear-description'), description, 'Ctrl+Z restores text and link');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed in the demo.');
    await waitForText(page, 'linear-description', (t) => t.endsWith('regression on login. Typed in the demo.'));

    // The composer posts on Ctrl+Enter and starts empty again.
    await page.locator(LINEAR_COMPOSER).click();
    await page.keyboard.type('Shoppers were signed out while paying.');
    await waitForText(page, 'linear-comment', (t) => t === 'Shoppers were signed out while paying.');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-view-id="issue-view"] [data-testid="comment-body"]').length === 3,
    );
    assert.equal(
      String(await page.locator('[data-testid="comment-body"]').last().textContent()).trim(),
      'Shoppers were signed out while paying.',
    );
    assert.equal(await textOf(page, 'linear-comment'), '');
    assert.equal(await page.evaluate(() => window.__demoNoReload), true);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('Linear demo: the related link opens SHOP-10 in place with new editors; Back keeps edits', async () => {
  const { page, errors } = await openPage(LINEAR_ISSUE);
  try {
    await page.locator(LINEAR_DESCRIPTION).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Kept.');
    await waitForText(page, 'linear-description', (t) => t.endsWith(' Kept.'));
    await page.evaluate(() => (window.__oldTitle = window.demoEditors.get('linear-title')));

    await page.locator('a.related-issue[data-issue-key="SHOP-10"]').click();
    await page.waitForURL(`${LINEAR}/customer-terms-demo/issue/SHOP-10/slow-exports`);
    await waitForText(page, 'linear-title', (t) => t === 'Slow exports: CSV export times out for large stores');
    assert.equal(await page.evaluate(() => window.__demoNoReload), true, 'no reload');
    assert.equal(
      await page.evaluate(
        () =>
          window.__oldTitle !== window.demoEditors.get('linear-title') &&
          !(/** @type {EditorView} */ (window.__oldTitle).dom.isConnected),
      ),
      true,
      'a new title editor; the old one is gone',
    );
    assert.equal(await page.locator(LINEAR_TITLE).count(), 1);
    assert.equal(await page.locator(LINEAR_DESCRIPTION).count(), 1);
    assert.equal(await page.locator(LINEAR_COMPOSER).count(), 1);
    assert.match(String(await textOf(page, 'linear-description')), /^Order exports for stores/);
    assert.deepEqual((await runsOf(page, 'linear-description')).find((r) => r.text === 'connection pool')?.marks, [
      'strong',
    ]);

    await replaceText(page, LINEAR_DESCRIPTION, 'N+1', 'slow query pattern');
    await waitForText(page, 'linear-description', (t) => t.includes('(an slow query pattern)'));
    await page.keyboard.press('Control+z');
    await waitForText(page, 'linear-description', (t) => t.includes('(an N+1)'));

    await page.goBack();
    await waitForText(page, 'linear-title', (t) => t.startsWith('Checkout logouts'));
    assert.equal(new URL(page.url()).pathname, '/customer-terms-demo/issue/SHOP-8/checkout-logouts');
    assert.equal(await page.evaluate(() => window.__demoNoReload), true, 'no reload on Back');
    assert.match(String(await textOf(page, 'linear-description')), / Kept\.$/, 'the description kept its edit');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the demo pages requested nothing outside their routes', () => {
  assert.deepEqual(blocked, []);
});
