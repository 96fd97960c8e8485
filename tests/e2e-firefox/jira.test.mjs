// Jira Cloud's demo page (a real ProseMirror editor, demo/editor) in real headless Firefox
// ESR with the built Firefox extension. See github.test.mjs for what Firefox cannot drive.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caretInEditor, editorDoc, editorText, highlightTexts, until } from '../e2e/page-helpers.mjs';
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

const JIRA_EDITOR = '[data-testid="issue.views.field.rich-text.editor-container"] .ProseMirror';

test('Firefox: Jira summary, rendered description and comments are highlighted; inline code is not', async () => {
  const page = await ff.open(DEMO_URLS.jiraIssue);
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

test('Firefox: Jira ProseMirror editor is highlighted while typing; a rewrite changes the document and Ctrl+Z restores it', async () => {
  const page = await ff.open(DEMO_URLS.jiraIssue);
  await until(
    () => highlightTexts(page),
    (t) => t.length > 0,
    { what: 'Jira highlights' },
  );
  await page.click('[data-demo-edit-description]');
  await page.waitForSelector(JIRA_EDITOR);
  await until(
    () => highlightTexts(page),
    (t) => t.some((x) => /connection pool/i.test(x)),
    { what: 'editor highlights' },
  );

  // Typing at the end of the document is checked as the user types.
  await page.evaluate((selector) => {
    const root = /** @type {HTMLElement} */ (document.querySelector(selector));
    root.focus();
    const selection = /** @type {Selection} */ (getSelection());
    selection.selectAllChildren(root);
    selection.collapseToEnd();
  }, JIRA_EDITOR);
  await page.keyboard.type(' We also need a circuit breaker.');
  await until(
    () => highlightTexts(page),
    (t) => t.includes('circuit breaker'),
    { what: 'typed phrase highlighted' },
  );

  const original = await editorDoc(page, 'jira-description');
  const before = await editorText(page, 'jira-description');
  await caretInEditor(page, JIRA_EDITOR, 'Refactor the pool', 3);
  await press(page, 'Alt+Shift+KeyJ');
  const card = await until(
    () => cardState(page),
    (c) => c !== null && c.rewrites.length > 0,
    { what: 'the card' },
  );
  assert.match(card?.label ?? '', /Refactor/i);
  const rewrite = await applyFirstRewriteInCard(page, 'checkout');
  await until(
    () => cardState(page),
    (c) => c === null,
    { what: 'the card to close' },
  );
  const at = before.indexOf('Refactor the pool');
  const after = await editorText(page, 'jira-description');
  assert.notEqual(after, before, `the document changed (rewrite "${rewrite}")`);
  const region = changedRegion(before, after);
  assert.ok(
    region.start <= at + 'Refactor'.length && region.end >= at,
    `the edit ${JSON.stringify(region)} covers the phrase at ${at}`,
  );
  assert.equal(
    occurrences(after, 'Refactor the pool'),
    occurrences(before, 'Refactor the pool') - 1,
    'one occurrence of the phrase was rewritten',
  );
  // Only the paragraph holding the phrase changed, in the editor's own document.
  const edited = await editorDoc(page, 'jira-description');
  assert.equal(edited.content.length, original.content.length, 'no block added or removed');
  const changedBlocks = edited.content
    .map(
      (/** @type {unknown} */ block, /** @type {number} */ i) =>
        JSON.stringify(block) !== JSON.stringify(original.content[i]),
    )
    .filter(Boolean).length;
  assert.equal(changedBlocks, 1, 'one block of the document changed');
  await press(page, 'Control+KeyZ');
  assert.deepEqual(await editorDoc(page, 'jira-description'), original, 'one Ctrl+Z restores the document');
  await page.close();
});

test('Firefox: no network request beyond the served Jira demo pages', () => {
  assert.ok(ff.requests.length > 0, 'the demo pages were requested through the harness');
  assert.deepEqual(ff.blocked, []);
  const outside = ff.requests.filter((r) => !/^https:\/\/customer-terms-demo\.atlassian\.net\//.test(r.url));
  assert.deepEqual(outside, []);
});
