// The extension on real saved GitHub pages: jargon typed into GitHub's real
// textareas is marked and can be rewritten and undone; rendered bodies are
// highlighted without touching GitHub's markup. Pages: ../shared/fixtures/github.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, launchWithExtension, routeFixture } from '../e2e/harness.mjs';
import {
  applyRewriteWithRange,
  highlightTexts,
  markTexts,
  mutations,
  until,
  watchMutations,
} from '../e2e/page-helpers.mjs';

const DIR = join(ROOT, '../shared/fixtures/github');
const haveFixtures = existsSync(DIR);
/** @type {Awaited<ReturnType<typeof launchWithExtension>>} set before the first test (when the fixtures are there) */
let browser;

before(async () => {
  if (haveFixtures) browser = await launchWithExtension();
});
after(async () => {
  await browser?.close();
});

/**
 * @param {string} file
 * @param {string} url
 */
async function open(file, url) {
  await routeFixture(browser.context, url, join(DIR, file));
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

const JARGON = 'We should refactor the retry logic before the Redis upgrade.';

for (const [file, url, selector] of /** @type {[string, string, string][]} */ ([
  [
    'gitcasso_gh_issue.html',
    'https://github.com/diffplug/selfie/issues/523',
    'textarea[aria-labelledby="comment-composer-heading"]',
  ],
  [
    'gitcasso_gh_issue_edit.html',
    'https://github.com/diffplug/gitcasso/issues/56',
    '.react-issue-body textarea[aria-label="Markdown value"]',
  ],
  [
    'gitcasso_gh_issue_new.html',
    'https://github.com/diffplug/gitcasso/issues/new',
    '[data-testid="issue-create-pane-container"] textarea[aria-label="Markdown value"]',
  ],
  [
    'gitcasso_gh_issue_new_complex_template.html',
    'https://github.com/anthropics/claude-code/issues',
    '[role="dialog"] textarea[aria-labelledby]',
  ],
])) {
  test(`${file}: typed jargon is marked, rewritten and undone in GitHub's own textarea`, {
    skip: !haveFixtures && 'no ../shared fixtures',
  }, async () => {
    const page = await open(file, url);
    const area = page.locator(selector).first();
    await area.click();
    await page.keyboard.press('Control+End');
    const before = await area.inputValue();
    await page.keyboard.type(` ${JARGON}`);
    await until(
      () => markTexts(page),
      (m) => m.includes('retry logic') && m.includes('Redis'),
      { what: 'marks on typed jargon' },
    );
    const original = await area.inputValue();
    assert.equal(original, `${before} ${JARGON}`);
    const at = original.lastIndexOf('refactor');
    await area.evaluate((/** @type {HTMLTextAreaElement} */ el, at) => el.setSelectionRange(at + 1, at + 1), at);
    // "refactor the retry logic": the verb takes its object along into the rewrite.
    const { replacement, start, end } = await applyRewriteWithRange(page, 'refactor');
    assert.equal(original.slice(start, end), 'refactor the retry logic');
    assert.match(replacement, /^fix the retry logic so \w+ can check out without errors$/);
    assert.equal(await area.inputValue(), original.slice(0, start) + replacement + original.slice(end));
    await page.keyboard.press('Control+Z');
    assert.equal(await area.inputValue(), original);
    await page.close();
  });
}

test('gitcasso_gh_issue.html: the rendered body is highlighted and GitHub markup is untouched', {
  skip: !haveFixtures && 'no ../shared fixtures',
}, async () => {
  const page = await open('gitcasso_gh_issue.html', 'https://github.com/diffplug/selfie/issues/523');
  await watchMutations(page, '[data-testid="issue-body"], bdi[data-testid="issue-title"]');
  const body = '[data-testid="issue-body"] [data-testid="markdown-body"]';
  // Whatever the saved issue says, every highlight must lie inside the title or body and outside code.
  await page.waitForTimeout(800);
  const placed = await page.evaluate((/** @type {string} */ body) => {
    const highlight = CSS.highlights.get('customer-terms-jargon');
    return [...(highlight ?? [])].map((r) => {
      const el = /** @type {Element} */ (r.startContainer.parentElement);
      // Rendered text is painted with static ranges, which have no toString().
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return {
        text: live.toString(),
        inside: !!el.closest(`${body}, bdi[data-testid="issue-title"]`),
        inCode: !!el.closest('code, pre'),
      };
    });
  }, body);
  for (const p of placed) {
    assert.ok(p.inside, `${p.text} is inside the title or body`);
    assert.ok(!p.inCode, `${p.text} is not in code`);
  }
  assert.equal(placed.length, (await highlightTexts(page)).length);
  assert.deepEqual(await mutations(page), []);
  await page.close();
});

test('gitcasso_gh_issue_new_complex_template.html: every row of the real issue list is read, flagged rows marked in our layer', {
  skip: !haveFixtures && 'no ../shared fixtures',
}, async () => {
  const page = await open(
    'gitcasso_gh_issue_new_complex_template.html',
    'https://github.com/anthropics/claude-code/issues',
  );
  const row = 'li[id*="list-view-node"]';
  await watchMutations(page, row);
  const state = () =>
    page.evaluate((row) => {
      const root = [...document.querySelectorAll('customer-terms-layer')].find((l) =>
        l.shadowRoot?.querySelector('.list-summary'),
      )?.shadowRoot;
      const markers = [...(root?.querySelectorAll('.row-marker') ?? [])]
        .filter((m) => m instanceof HTMLElement && !m.hidden)
        .map((m) => {
          const r = m.getBoundingClientRect();
          // Markers of rows below the fold are placed there; only those on screen can be found under a point.
          if (r.top < 0 || r.bottom > innerHeight)
            return { name: m.getAttribute('aria-label') ?? '', title: undefined };
          const under = document
            .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
            .find((el) => el.closest(row))
            ?.closest(row);
          return {
            name: m.getAttribute('aria-label') ?? '',
            title: under?.querySelector('a[data-testid="issue-pr-title-link"]')?.textContent ?? null,
          };
        });
      return { summary: root?.querySelector('.list-summary [role="status"]')?.textContent ?? '', markers };
    }, row);
  const done = await until(
    state,
    (s) =>
      / of 25 items read like housekeeping$/.test(s.summary) && s.markers.length === Number(s.summary.split(' ')[0]),
    {
      what: 'the summary of 25 rows and a marker per flagged row',
    },
  );
  // Each marker sits over a row and names phrases of that row's title (GitHub's own titles, whatever they say).
  const onScreen = done.markers.filter((m) => m.title !== undefined);
  assert.ok(onScreen.length > 0, 'some marked rows are on screen');
  for (const marker of done.markers) {
    if (marker.title === undefined) continue;
    assert.ok(marker.title, `marker "${marker.name}" sits over a row`);
    const phrases = marker.name.replace(/^\d+ internal phrases?: /, '').split(', ');
    for (const phrase of phrases)
      assert.ok(marker.title.toLowerCase().includes(phrase.toLowerCase()), `"${phrase}" is in "${marker.title}"`);
  }
  assert.deepEqual(await mutations(page), [], "nothing changed inside GitHub's rows");
  await page.close();
});
