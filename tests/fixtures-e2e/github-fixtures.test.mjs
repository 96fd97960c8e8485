// Real GitHub pages saved with SingleFile (../shared/fixtures/github, see its SOURCES.md),
// served at their own addresses with the extension loaded: each loads, and the selectors
// from platform-notes find what they should. Not part of `npm test`: a user's clone has no
// ../shared. Run with `node tests/fixtures-e2e/run.mjs`.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, launchWithExtension, routeFixture } from '../e2e/harness.mjs';

const FIXTURES_DIR = join(ROOT, '../shared/fixtures/github');

const SELECTORS = {
  title: 'bdi[data-testid="issue-title"]',
  // Descendant, not child: on real pages wrappers sit between .react-issue-body and
  // #issue-body-viewer, so `> #issue-body-viewer > .markdown-body` matches nothing.
  body: '[data-testid="issue-body"].react-issue-body #issue-body-viewer .markdown-body[data-testid="markdown-body"]',
  // Each rendered comment holds two nested .markdown-body elements; key on the data-testid one.
  comments: '.react-issue-comment [data-testid="markdown-body"]',
  composer:
    '#react-issue-comment-composer[data-testid="comment-composer"] textarea[aria-labelledby="comment-composer-heading"]',
  bodyEditor: '.react-issue-body textarea[aria-label="Markdown value"]',
  // A comment being edited is no longer inside .react-issue-comment, only its timeline row.
  commentEditor: '[data-timeline-event-id] textarea[aria-label="Markdown value"]',
  newIssueTitle: '[data-testid="issue-create-pane-container"] input[aria-label="Add a title"]',
  newIssueBody: '[data-testid="issue-create-pane-container"] textarea[aria-label="Markdown value"]',
  listRows: 'li[id*="list-view-node"] a[data-testid="issue-pr-title-link"]',
  dialogTitle: 'div[role="dialog"] input[aria-label="Add a title"]',
};

// Expected counts per page (0 = must be absent). Addresses are the ones the pages were saved from.
const PAGES = [
  {
    file: 'gitcasso_gh_issue.html',
    url: 'https://github.com/diffplug/selfie/issues/523',
    expect: { title: 1, body: 1, comments: 0, composer: 1, bodyEditor: 0 },
  },
  {
    file: 'gitcasso_gh_issue_edit.html',
    url: 'https://github.com/diffplug/gitcasso/issues/56',
    expect: { title: 1, body: 0, composer: 1, bodyEditor: 1 },
  },
  {
    file: 'gitcasso_gh_issue_edit_multiple.html',
    url: 'https://github.com/diffplug/testing-deletable/issues/3',
    expect: { title: 1, body: 0, comments: 2, composer: 1, bodyEditor: 1, commentEditor: 1 },
  },
  {
    file: 'gitcasso_gh_issue_new.html',
    url: 'https://github.com/diffplug/gitcasso/issues/new',
    expect: { title: 0, newIssueTitle: 1, newIssueBody: 1, composer: 0 },
  },
  {
    file: 'gitcasso_gh_issue_new_complex_template.html',
    url: 'https://github.com/anthropics/claude-code/issues',
    // The issue-form dialog has no issue-create-pane-container and no "Markdown value" textarea.
    expect: { listRows: 25, dialogTitle: 1, newIssueTitle: 0, newIssueBody: 0 },
  },
];

const haveFixtures = existsSync(FIXTURES_DIR);

describe('saved GitHub pages', { skip: haveFixtures ? false : `fixtures not found at ${FIXTURES_DIR}` }, () => {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let browser;
  before(async () => {
    browser = await launchWithExtension();
    for (const { file, url } of PAGES) await routeFixture(browser.context, url, join(FIXTURES_DIR, file));
  });
  after(async () => {
    await browser?.close();
  });

  test('the extension is loaded', () => {
    assert.match(browser.extensionId, /^[a-p]{32}$/);
  });

  for (const { file, url, expect } of PAGES) {
    test(`${file} at ${url}`, async () => {
      const page = await browser.context.newPage();
      try {
        const response = await page.goto(url, { waitUntil: 'load' });
        assert.equal(response?.status(), 200);
        /** @type {Record<string, number>} */
        const found = {};
        for (const name of /** @type {(keyof typeof SELECTORS)[]} */ (Object.keys(expect))) {
          found[name] = await page.locator(SELECTORS[name]).count();
        }
        assert.deepEqual(found, expect);
        if (expect.title) assert.ok(await page.locator(SELECTORS.title).isVisible(), 'title is visible');
      } finally {
        await page.close();
      }
    });
  }
});
