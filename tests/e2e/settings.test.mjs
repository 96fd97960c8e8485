// The settings page in real Chromium with the built extension: entries edited and
// added there are flagged on a demo ticket open in another tab, without a reload; a
// team map imported from a file is used (and what it disables is not flagged); a
// broken map is refused and the old one keeps working; a tracker switched off goes
// quiet; the page is clean under axe-core; and a team map set by real browser policy
// (Debian's Chromium reads /etc/chromium/policies/managed) shows as locked and is used.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, launchWithExtension, routeDemo, routeFixture } from './harness.mjs';
import { axeViolations, demoTicketOnce, highlightTexts, until, useExtension } from './page-helpers.mjs';

const ext = useExtension();

/** The extension id in unpacked builds (the manifest's key); policies are addressed to it. */
const EXTENSION_ID = 'jaoaolegbdkakoklfaceeojgfglfmgpn';
const TEAM_MAP = join(ROOT, 'examples/team-map.json');

/** @type {import('playwright-core').Page | undefined} one settings page for the file's tests */
let settingsPage;

async function settings() {
  if (!settingsPage) {
    settingsPage = await ext.browser.context.newPage();
    await settingsPage.goto(`chrome-extension://${ext.browser.extensionId}/options.html`);
    await settingsPage.getByRole('heading', { name: 'Phrase map' }).waitFor();
  }
  return settingsPage;
}

/** The demo issue, loaded once; a mark set in its window shows it was never reloaded. */
const ticket = demoTicketOnce(ext);

/**
 * Waits until the ticket's highlights satisfy `accept` (the background recompiles the map, and the tab follows).
 * @param {(texts: string[]) => boolean} accept
 * @param {string} what
 */
async function ticketHighlights(accept, what) {
  const page = await ticket();
  const texts = await until(() => highlightTexts(page), accept, { what, timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.__demoNoReload), true, 'the ticket was not reloaded');
  return texts;
}

/** @param {string[]} texts @param {string} phrase */
const has = (texts, phrase) => texts.some((t) => t.toLowerCase() === phrase);

test('a phrase added to a built-in entry in the settings page is flagged on an open ticket without a reload', async () => {
  const before = await ticketHighlights((h) => h.length > 10, 'highlights');
  assert.ok(!has(before, 'dedupes'), 'not flagged before');
  const page = await settings();
  await page.getByLabel('Search entries').fill('idempotency');
  await page.getByRole('button', { name: 'Edit idempotency', exact: true }).click();
  const form = page.getByRole('form', { name: 'Edit “idempotency”' });
  const phrases = form.getByLabel('Phrases, one a line');
  await phrases.fill(`${await phrases.inputValue()}\ndedupe`);
  // Every built-in example passes before the change is saved.
  await form.getByText(/^(\d+) of \1 examples pass$/).waitFor();
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved “idempotency” in your personal layer. Open tabs use it now.').waitFor();
  await ticketHighlights((h) => has(h, 'dedupes'), '"dedupes" flagged');
  const row = page.locator('li.entry-row[data-entry="idempotency"]');
  assert.match(await row.innerText(), /Personal[\s\S]*replaces built-in/);
});

test('a new entry added in the settings page is flagged on the open ticket; the test box shows what the card offers', async () => {
  const page = await settings();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const form = page.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Phrases, one a line').fill('jitter');
  await form
    .getByLabel('Why it reads as internal (one sentence)')
    .fill('Jitter spreads retries out in time; buyers only see whether paying works.');
  await form.getByRole('button', { name: 'Add a rewrite' }).click();
  await form.getByLabel('Rewrite 1', { exact: true }).fill('spread-out retries');
  await page.getByLabel('Sentence to try').fill('We added jitter to the retries.');
  const results = page.getByRole('list', { name: 'What the sentence gets' });
  await results.locator('[data-entry="jitter"]').waitFor();
  assert.match(await results.innerText(), /We added spread-out retries to the retries\./);
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved “jitter” in your personal layer. Open tabs use it now.').waitFor();
  await ticketHighlights((h) => has(h, 'jitter'), '"jitter" flagged');
});

test('an invalid edit shows its errors by field, is not saved, and the map in use keeps flagging', async () => {
  const page = await settings();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const form = page.getByRole('form', { name: 'New entry' });
  await form.getByLabel('Id').fill('Not An Id');
  await form.getByLabel('Phrases, one a line').fill('circuit breaker');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText(/Not saved: \d+ problems to fix first/).waitFor();
  assert.equal(await form.getByLabel('Id').getAttribute('aria-invalid'), 'true');
  await form.getByText('an id is lowercase words joined by hyphens').first().waitFor();
  await form.getByText('why cannot be empty').first().waitFor();
  await form.getByRole('button', { name: 'Cancel' }).click();
  const stored = await page.evaluate(() => chrome.storage.local.get('personalMap'));
  const ids = /** @type {{ map: { entries: { id: string }[] } }} */ (stored.personalMap).map.entries.map((e) => e.id);
  assert.deepEqual(ids.sort(), ['idempotency', 'jitter']);
  await ticketHighlights((h) => has(h, 'jitter') && has(h, 'circuit breaker'), 'the map in use still flags');
});

test('a team map imported from a file is used: its phrases are flagged and an entry it disables is not', async () => {
  const page = await settings();
  await page.getByLabel('Team map file (JSON)').setInputFiles(TEAM_MAP);
  await page.getByText(/Imported “Payments team” from team-map\.json: 3 entries, 1 id disabled/).waitFor();
  const texts = await ticketHighlights(
    (h) => has(h, 'payment provider') && !has(h, 'circuit breaker'),
    '"payment provider" flagged and "circuit breaker" not',
  );
  assert.ok(has(texts, 'jitter'), 'personal entries still flagged over the team map');
  assert.match(await page.locator('[data-layer="team"]').innerText(), /2 entries added, 1 replaced, 1 disabled/);
  // The exported team map is the file's map, made in the page.
  const exported = await page.getByRole('link', { name: 'The team map' }).evaluate(async (a) => {
    const link = /** @type {HTMLAnchorElement} */ (a);
    return { download: link.download, text: await (await fetch(link.href)).text() };
  });
  assert.equal(exported.download, 'team-map.json');
  assert.deepEqual(
    JSON.parse(exported.text).entries.map((/** @type {{ id: string }} */ e) => e.id),
    ['payment-provider', 'ledger-sync', 'backoff'],
  );
});

test('a broken map is refused with every problem shown, and the old map still flags', async () => {
  const page = await settings();
  const broken = JSON.stringify({
    entries: [
      { id: 'Bad Id', phrases: [], why: '' },
      { id: 'dup', category: 'system', phrases: ['jitter'], why: 'w' },
    ],
  });
  await page.getByLabel('Or paste a team map').fill(broken);
  await page.getByRole('button', { name: 'Import the pasted team map' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Team map not imported' });
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /nothing was changed/);
  assert.match(text, /Bad Id, id: an id is lowercase words joined by hyphens/);
  assert.match(text, /Bad Id, phrases: an entry needs at least one phrase/);
  await page
    .getByLabel('Team map file (JSON)')
    .setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"entries": [') });
  await page
    .getByRole('alert')
    .filter({ hasText: /\(file\), \(json\): not valid JSON/ })
    .waitFor();
  const stored = await page.evaluate(() => chrome.storage.local.get('teamMap'));
  assert.equal(/** @type {{ source: string }} */ (stored.teamMap).source, 'team-map.json');
  await ticketHighlights(
    (h) => has(h, 'payment provider') && has(h, 'jitter') && !has(h, 'circuit breaker'),
    'the old map',
  );
});

test('GitHub switched off in the settings goes quiet on the open ticket, and comes back when switched on', async () => {
  const page = await settings();
  const github = page.getByLabel(/^GitHub, and GitHub Enterprise/);
  await github.uncheck();
  await ticketHighlights((h) => h.length === 0, 'no highlights');
  await github.check();
  await ticketHighlights((h) => has(h, 'payment provider'), 'highlights back');
});

test('axe-core finds no serious or critical violations on the settings page, with the editor open and an error shown', async () => {
  const page = await settings();
  await page.getByLabel('Search entries').fill('');
  await page.getByRole('button', { name: 'Edit payment-provider' }).click();
  await page.getByRole('form', { name: 'Edit “payment-provider”' }).getByText('2 of 2 examples pass').waitFor();
  await page.getByRole('button', { name: 'Compare with built-in: backoff' }).click();
  await page.getByLabel('Sentence to try').fill('The payment provider retries with exponential backoff.');
  await page.getByRole('list', { name: 'What the sentence gets' }).waitFor();
  const { serious, all } = await axeViolations(page);
  assert.deepEqual(serious, [], JSON.stringify(all, null, 2));
});

test('every control on the settings page is reachable with Tab and has a name', async () => {
  const page = await settings();
  const unnamed = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('input, select, textarea, button, a[href]')];
    return controls
      .filter((el) => !(/** @type {HTMLButtonElement} */ (el).disabled))
      .filter(
        (el) =>
          el.getAttribute('tabindex') === '-1' ||
          !(
            el.getAttribute('aria-label') ||
            el.textContent?.trim() ||
            /** @type {HTMLInputElement} */ (el).labels?.length
          ),
      )
      .map((el) => el.outerHTML.slice(0, 120));
  });
  assert.deepEqual(unnamed, []);
  // Tab from the top reaches the search box, then "Add an entry".
  await page.locator('h1').click();
  const reached = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ||
          document.activeElement?.id ||
          document.activeElement?.textContent?.trim() ||
          '',
      ),
    );
  }
  assert.ok(reached.includes('map-search') && reached.includes('Add an entry'), JSON.stringify(reached));
});

test('the settings page and the edits made nothing go over the network', () => {
  assert.deepEqual(ext.blocked, []);
});

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'customer-terms-e2e.json');

test('a team map set by real browser policy shows as locked, replaces the imported one, and is used', async (t) => {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    t.skip(
      `needs root to write ${POLICY_FILE} (Debian's Chromium reads managed policy from there); run the e2e tests as root to include it`,
    );
    return;
  }
  // Closed first: a running browser would pick up the policy file too.
  await ext.browser.close();
  // A phrase no other demo page has, on a page of its own: other browsers started while the
  // policy file exists read it too, and must not see their demo tickets change.
  const policy = {
    '3rdparty': {
      extensions: {
        [EXTENSION_ID]: {
          managedBy: 'Demo IT',
          teamMap: {
            version: 1,
            name: 'Demo IT map',
            entries: [
              {
                id: 'flux-capacitor',
                category: 'component',
                phrases: ['flux capacitor'],
                why: 'Our name for the time-travel core; customers see whether their trip arrives on time.',
                rewrites: [{ as: 'noun', text: 'the time-travel core' }],
                // A policy holds no null: "to" left out means no rewrite fits in place.
                examples: [
                  { from: 'The flux capacitor overheated.', to: 'The time-travel core overheated.' },
                  { from: 'Replace the flux capacitor wiring.' },
                ],
              },
            ],
            disable: [],
          },
        },
      },
    },
  };
  const createdDirs = ['/etc/chromium', '/etc/chromium/policies', POLICY_DIR].filter((dir) => !existsSync(dir));
  const pageDir = mkdtempSync(join(tmpdir(), 'customer-terms-policy-'));
  const pageFile = join(pageDir, 'issue.html');
  const pageUrl = 'https://github.com/customer-terms-demo/shop/issues/99';
  writeFileSync(
    pageFile,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Policy demo</title></head><body><main>
<h1><bdi data-testid="issue-title">The flux capacitor overheats at launch</bdi></h1>
<div data-testid="issue-body" class="react-issue-body"><div id="issue-body-viewer" data-testid="issue-body-viewer">
<div class="markdown-body" data-testid="markdown-body"><p>The flux capacitor needs a cooling loop before the demo.</p></div></div></div>
</main></body></html>`,
  );
  /** @type {Awaited<ReturnType<typeof launchWithExtension>> | undefined} */
  let browser;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
    browser = await launchWithExtension();
    assert.equal(browser.extensionId, EXTENSION_ID, 'the unpacked build has the id the policy names');
    await routeDemo(browser.context);
    await routeFixture(browser.context, pageUrl, pageFile);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // Chromium answers storage.managed only once its policy service is up (seconds after start).
    await page.getByText('Set by Demo IT').first().waitFor({ timeout: 20_000 });
    assert.equal(await page.getByLabel('Team map file (JSON)').isDisabled(), true);
    assert.equal(await page.getByLabel('Or paste a team map').isDisabled(), true);
    assert.equal(await page.getByRole('button', { name: 'Reset the team map…' }).isDisabled(), true);
    await page.getByText('Some settings are managed by Demo IT: they are locked here.').waitFor();
    await page.getByLabel('Search entries').fill('flux');
    assert.match(await page.locator('li.entry-row[data-entry="flux-capacitor"]').innerText(), /Team/);
    const issue = await browser.context.newPage();
    await issue.goto(pageUrl);
    await until(
      () => highlightTexts(issue),
      (h) => has(h, 'flux capacitor'),
      { what: 'the policy map used', timeout: 20_000 },
    );
  } finally {
    await browser?.close();
    rmSync(POLICY_FILE, { force: true });
    for (const dir of createdDirs.reverse()) rmdirSync(dir);
    rmSync(pageDir, { recursive: true, force: true });
  }
});
