// Jira Cloud and Linear: ProseMirror editors on our demo pages, in real Chromium
// with the built extension. Edits are checked in the editor's own document state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_URLS } from './harness.mjs';
import {
  applySentenceRewrite,
  applyFirstRewrite,
  applyRewriteWithRange,
  caretInEditor as caretIn,
  editorDoc as docOf,
  editorText as textOf,
  highlightTexts,
  markTexts,
  mutations,
  pointOfText,
  until,
  useExtension,
  watchMutations,
} from './page-helpers.mjs';

const ext = useExtension();
/** @param {string} url */
const open = (url) => ext.open(url);

const JIRA_EDITOR = '[data-testid="issue.views.field.rich-text.editor-container"] .ProseMirror';
const LINEAR_TITLE = '[aria-label="Issue title"][contenteditable="true"]';
const LINEAR_DESCRIPTION = '.ProseMirror[aria-label="Issue description"]';

/**
 * Text nodes in the editor's document with the marks on them.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
const markedText = (page, name) =>
  page.evaluate((name) => {
    /** @type {{ text: string | undefined, marks: string[] }[]} */
    const out = [];
    /** @type {import('prosemirror-view').EditorView} */ (window.demoEditors.get(name)).state.doc.descendants(
      (node) => {
        if (node.isText) out.push({ text: node.text, marks: node.marks.map((m) => m.type.name) });
      },
    );
    return out;
  }, name);

/** @param {import('playwright-core').Page} page */
/**
 * Texts of our highlights inside the Jira description editor.
 * @param {import('playwright-core').Page} page
 */
const editorHighlights = (page) =>
  page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    return [.../** @type {Iterable<AbstractRange>} */ (CSS.highlights.get('customer-terms-jargon') ?? [])]
      .filter((r) => editor?.contains(r.startContainer))
      .map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
  }, JIRA_EDITOR);

/** @param {import('playwright-core').Page} page */
async function openJiraEditor(page) {
  await until(
    () => highlightTexts(page),
    (t) => t.length > 0,
    { what: 'Jira highlights' },
  );
  await page.locator('[data-demo-edit-description]').click();
  await page.locator(JIRA_EDITOR).waitFor();
  await until(
    () => highlightTexts(page),
    (t) => t.some((x) => /connection pool/i.test(x)),
    { what: 'editor highlights' },
  );
}

test('Jira: summary, rendered description and comments are highlighted; code and links are not', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  const texts = await until(
    () => highlightTexts(page),
    (t) => t.length > 5,
    { what: 'highlights' },
  );
  for (const phrase of ['Redis', 'connection pool', 'token refresh']) {
    assert.ok(
      texts.some((t) => t.toLowerCase() === phrase.toLowerCase()),
      `${phrase} in ${JSON.stringify(texts)}`,
    );
  }
  assert.ok(!texts.some((t) => /checkout-retry-backoff/.test(t)), 'inline code is never flagged');
  await page.close();
});

test('Jira: typing in the editor is highlighted; a rewrite changes the document and Ctrl+Z restores it', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  await openJiraEditor(page);
  await page.locator(JIRA_EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' We also need a circuit breaker.');
  await until(
    () => highlightTexts(page),
    (t) => t.includes('circuit breaker'),
    { what: 'typed phrase highlighted' },
  );
  const original = await docOf(page, 'jira-description');
  const before = await textOf(page, 'jira-description');
  // A verb with its object: "Refactor the pool settings" keeps its object and names the customer action.
  await caretIn(page, JIRA_EDITOR, 'Refactor the pool', 3);
  const replacement = await applyFirstRewrite(page, 'Refactor');
  assert.equal(replacement, 'Fix the pool settings so shoppers can check out without errors');
  assert.equal(await textOf(page, 'jira-description'), before.replace('Refactor the pool settings', replacement));
  await page.keyboard.press('Control+z');
  assert.deepEqual(await docOf(page, 'jira-description'), original);
  await page.close();
});

test('Jira: "Rewrite the sentence" on a list item previews, applies through the editor and Ctrl+Z restores it', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  await openJiraEditor(page);
  const original = await docOf(page, 'jira-description');
  const before = await textOf(page, 'jira-description');
  const sentence = 'Replace the retry loop with exponential backoff and jitter, three attempts at most';
  await caretIn(page, JIRA_EDITOR, 'retry loop with', 3);
  const preview = await applySentenceRewrite(page, 'retry loop', { keepDetail: false });
  assert.equal(preview, "Shoppers can't check out.");
  assert.equal(await textOf(page, 'jira-description'), before.replace(sentence, preview));
  await page.keyboard.press('Control+z');
  assert.deepEqual(await docOf(page, 'jira-description'), original);
  await page.close();
});

test('Jira: a noun with its determiner: "The postmortem" becomes "The incident review", and Ctrl+Z restores it', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  await openJiraEditor(page);
  const original = await docOf(page, 'jira-description');
  const before = await textOf(page, 'jira-description');
  await caretIn(page, JIRA_EDITOR, 'postmortem', 3);
  const replacement = await applyFirstRewrite(page, 'postmortem');
  assert.equal(replacement, 'incident review');
  assert.equal(
    await textOf(page, 'jira-description'),
    before.replace('The postmortem is booked', 'The incident review is booked'),
  );
  await page.keyboard.press('Control+z');
  assert.deepEqual(await docOf(page, 'jira-description'), original);
  await page.close();
});

test('Jira: after a rewrite and Ctrl+Z, one click on another highlighted phrase opens its card', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  await openJiraEditor(page);
  const before = await textOf(page, 'jira-description');
  await caretIn(page, JIRA_EDITOR, 'postmortem', 3);
  assert.equal(await applyFirstRewrite(page, 'postmortem'), 'incident review');
  const point = await pointOfText(page, JIRA_EDITOR, 'connection pool');
  // The click comes straight after the undo, before the re-check that waits for a pause in
  // editing: the click itself must read the text as the undo left it.
  await page.keyboard.press('Control+z');
  await page.mouse.click(point.x, point.y);
  const card = page.getByRole('dialog', { name: /connection pool/i });
  await card.waitFor({ timeout: 3000 });
  assert.equal(await textOf(page, 'jira-description'), before);
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  // And a click after the re-check, on the phrase the undo brought back.
  await until(
    () => editorHighlights(page),
    (t) => t.some((x) => /^postmortem$/i.test(x)),
    { what: 'postmortem highlighted again' },
  );
  const again = await pointOfText(page, JIRA_EDITOR, 'postmortem');
  await page.mouse.click(again.x, again.y);
  await page.getByRole('dialog', { name: /postmortem/i }).waitFor({ timeout: 3000 });
  await page.close();
});

test('Linear: the count chips sit beside the last line of their field, over none of the text around them', async () => {
  const page = await open(DEMO_URLS.linearIssue);
  const chips = await until(
    () =>
      page.evaluate(() => {
        const root = /** @type {ShadowRoot} */ (document.querySelector('customer-terms-layer')?.shadowRoot);
        return [...root.querySelectorAll('.count')]
          .filter((c) => c.textContent && !(/** @type {HTMLElement} */ (c).hidden))
          .map((c) => c.getBoundingClientRect().toJSON());
      }),
    (c) => c.length >= 2,
    { what: 'the title and description chips' },
  );
  await page.waitForTimeout(150);
  const words = await page.evaluate(
    (selectors) =>
      selectors.flatMap((selector) => {
        const el = document.querySelector(selector);
        if (!el) return [];
        // Each text node's line boxes: the words themselves, not the paragraphs' boxes.
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const rects = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].map((r) => r.toJSON()));
        }
        return rects;
      }),
    [LINEAR_TITLE, LINEAR_DESCRIPTION],
  );
  assert.ok(words.length > 5, 'the title and description have text');
  /** @param {DOMRect} a @param {DOMRect} b */
  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const chip of chips)
    for (const word of words)
      assert.ok(!meet(chip, word), `chip ${JSON.stringify(chip)} over text ${JSON.stringify(word)}`);
  await page.close();
});

test('Linear: "Rewrite the sentence" in the collaborative description previews, applies and Ctrl+Z restores it', async () => {
  const page = await open(DEMO_URLS.linearIssue);
  await until(
    () => highlightTexts(page),
    (t) => t.some((x) => /refactor/i.test(x)),
    { what: 'Linear highlights' },
  );
  const before = await textOf(page, 'linear-description');
  const sentence =
    'The old code held a per-user lock in Redis while refreshing; the refactor renamed the lock key, so the lock is never shared.';
  assert.ok(before.includes(sentence));
  await caretIn(page, LINEAR_DESCRIPTION, 'refactor renamed', 3);
  const preview = await applySentenceRewrite(page, 'refactor');
  // The ticket says shoppers are sent to the login page in the middle of checkout.
  assert.equal(
    preview,
    'Shoppers get signed out while they check out (technical detail: the old code held a per-user lock in Redis while refreshing; the refactor renamed the lock key, so the lock is never shared).',
  );
  assert.equal(await textOf(page, 'linear-description'), before.replace(sentence, preview));
  await page.keyboard.press('Control+z');
  assert.equal(await textOf(page, 'linear-description'), before);
  await page.close();
});

test('Jira: a phrase inside bold keeps its bold', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  await openJiraEditor(page);
  // "The **postmortem** is booked": the rewrite replaces the bold word alone, so it stays bold.
  await caretIn(page, JIRA_EDITOR, 'postmortem', 2);
  const replacement = await applyFirstRewrite(page, 'postmortem');
  assert.equal(replacement, 'incident review');
  const nodes = await markedText(page, 'jira-description');
  const bold = nodes.find((n) => n.text === replacement);
  assert.ok(bold, `"${replacement}" is a run of its own`);
  assert.deepEqual(bold.marks, ['strong']);
  await page.close();
});

test('Jira: a phrase across a link boundary is not replaced; the card explains and offers to copy', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  await openJiraEditor(page);
  const original = await docOf(page, 'jira-description');
  // "circuit [breaker](link)": one insertion would give the whole phrase one formatting.
  await caretIn(page, JIRA_EDITOR, 'Add a circuit', 8);
  await page.keyboard.press('Alt+Shift+J');
  const card = page.getByRole('dialog', { name: /circuit breaker/i });
  await card.waitFor();
  await card.getByText(/formatted or linked/).waitFor();
  assert.equal(await card.getByRole('group', { name: 'Rewrites to copy' }).count(), 1);
  for (const slot of await card.getByRole('textbox').all()) await slot.fill('check out');
  await card.getByRole('group', { name: 'Rewrites to copy' }).getByRole('button').first().click();
  await card
    .getByRole('status')
    .filter({ hasText: /Copied|Could not copy/ })
    .waitFor();
  assert.deepEqual(await docOf(page, 'jira-description'), original, 'the document is unchanged');
  await page.keyboard.press('Escape');
  await page.close();
});

test('Jira: opening another issue over the board re-scans', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  const first = await until(
    () => highlightTexts(page),
    (t) => t.length > 0,
  );
  await page.locator('.board-card[data-issue-key="SHOP-9"]').click();
  await page.waitForURL(/selectedIssue=SHOP-9/);
  const second = await until(
    () => highlightTexts(page),
    (t) => t.length > 0 && t.join('|') !== first.join('|'),
    { what: 'SHOP-9 highlights' },
  );
  assert.ok(second.length > 0);
  await page.close();
});

test('Linear: the title editor is highlighted, rewritten and undone', async () => {
  const page = await open(DEMO_URLS.linearIssue);
  await until(
    () => highlightTexts(page),
    (t) => t.some((x) => /session handling/i.test(x)),
    { what: 'Linear highlights' },
  );
  const before = await textOf(page, 'linear-title');
  // "session handling" names a part of the system inside a longer name: no swap fits, and the card says so.
  await caretIn(page, LINEAR_TITLE, 'session handling', 2);
  await page.keyboard.press('Alt+Shift+J');
  const card = page.getByRole('dialog', { name: /session handling/i });
  await card.waitFor();
  await card.getByText(/customer words in its place would change what the sentence says/).waitFor();
  assert.equal(await card.getByRole('group', { name: 'Rewrites' }).count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await textOf(page, 'linear-title'), before);
  await page.close();
});

test('Linear: description and comment composer; moving to another issue re-scans', async () => {
  const page = await open(DEMO_URLS.linearIssue);
  await until(
    () => highlightTexts(page),
    (t) => t.length > 0,
  );
  await page.locator('form [data-comment-input-editor-container] .ProseMirror').click();
  await page.keyboard.type('Looks like a flaky tests problem in the CI pipeline.');
  await until(
    () => highlightTexts(page),
    (t) => t.some((x) => /CI pipeline/i.test(x)),
    { what: 'composer highlights' },
  );
  await page.locator('a.related-issue[data-issue-key="SHOP-10"]').click();
  await page.waitForURL(/SHOP-10/);
  await until(
    () => highlightTexts(page),
    (t) => t.length > 0 && !t.some((x) => /CI pipeline/i.test(x)),
    { what: 'SHOP-10 highlights' },
  );
  const texts = await highlightTexts(page);
  const description = await page.locator(LINEAR_DESCRIPTION).innerText();
  assert.ok(
    texts.some((t) => description.includes(t)),
    'the new description is checked',
  );
  await page.close();
});

test('nothing inside the editors is changed by the extension', async () => {
  const page = await open(DEMO_URLS.linearIssue);
  await until(
    () => highlightTexts(page),
    (t) => t.length > 0,
  );
  await watchMutations(page, `${LINEAR_TITLE}, ${LINEAR_DESCRIPTION}`);
  await caretIn(page, LINEAR_DESCRIPTION, 'retry ', 1);
  await page.keyboard.press('Alt+Shift+J');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  // ProseMirror itself marks the editor as focused or not when focus moves into the card and back.
  /** @param {Window['__mutations'][number]} m */
  const focusClass = (m) =>
    m.attribute === 'class' &&
    (m.from ?? '').replace(/\s*ProseMirror-focused/, '') === (m.to ?? '').replace(/\s*ProseMirror-focused/, '');
  assert.deepEqual(
    (await mutations(page)).filter((m) => !focusClass(m)),
    [],
  );
  await page.close();
});

test('no network request on the Jira and Linear pages', () => {
  const outside = ext.network.requests.filter(
    (r) =>
      !r.url.startsWith('chrome-extension://') &&
      !/^https:\/\/(customer-terms-demo\.atlassian\.net|linear\.app\/customer-terms-demo)/.test(r.url),
  );
  assert.deepEqual(outside, []);
  assert.deepEqual(ext.blocked, []);
});

test('Jira: the create-issue dialog checks its summary and description', async () => {
  const page = await open(DEMO_URLS.jiraIssue);
  await until(
    () => highlightTexts(page),
    (t) => t.length > 0,
  );
  await page.getByRole('button', { name: 'Create' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create issue' });
  await dialog.getByRole('textbox', { name: 'Summary' }).fill('Refactor the token refresh');
  await until(
    () => markTexts(page),
    (m) => m.includes('Refactor') && m.includes('token refresh'),
    { what: 'summary marks' },
  );
  await dialog.locator('.ProseMirror').click();
  await page.keyboard.type('Checkout needs a circuit breaker before the sale.');
  await until(
    () => highlightTexts(page),
    (t) => t.includes('circuit breaker'),
    { what: 'description highlight' },
  );
  const before = await textOf(page, 'jira-create');
  await caretIn(page, '[role="dialog"] .ProseMirror', 'circuit breaker', 3);
  const { replacement } = await applyRewriteWithRange(page, 'circuit breaker');
  // "a circuit breaker" -> "a fallback …": the sentence's own "a" is kept once, never doubled.
  assert.equal(replacement, 'a fallback for partner outages');
  assert.equal(await textOf(page, 'jira-create'), before.replace('a circuit breaker', replacement));
  await page.keyboard.press('Control+z');
  assert.equal(await textOf(page, 'jira-create'), before);
  await page.close();
});

test('Linear: the new-issue dialog checks its title and description editors', async () => {
  const page = await open(DEMO_URLS.linearIssue);
  await until(
    () => highlightTexts(page),
    (t) => t.length > 0,
  );
  const count = (await highlightTexts(page)).length;
  await page.getByRole('button', { name: 'New issue' }).click();
  const dialog = page.getByRole('dialog', { name: 'New issue' });
  await dialog.getByRole('textbox', { name: 'Issue title' }).click();
  await page.keyboard.type('Tune the connection pool');
  await dialog.getByRole('textbox', { name: 'Issue description' }).click();
  await page.keyboard.type('The webhook retries pile up.');
  const texts = await until(
    () => highlightTexts(page),
    (t) => t.length >= count + 2,
    { what: 'dialog highlights' },
  );
  assert.ok(texts.includes('connection pool'), JSON.stringify(texts));
  assert.ok(
    texts.some((t) => /^webhook/i.test(t)),
    JSON.stringify(texts),
  );
  await page.close();
});
