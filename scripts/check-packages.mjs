// Checks what `npm run zip` produced (CI runs it right after the zip):
// - both store archives exist; each manifest asks for exactly the permissions README
//   lists (storage, contextMenus, alarms, notifications, plus sidePanel on Chrome; content scripts on github.com,
//   *.atlassian.net and linear.app; no tabs, no <all_urls>, no host permissions), and
//   Firefox's has browser_specific_settings.gecko.id and data_collection_permissions;
// - the unzipped Chrome archive loads in Chromium (its service worker starts) and the
//   unzipped Firefox archive installs in Firefox; in both the content script then
//   highlights the demo issue page;
// - the Firefox sources archive (for store review) holds no dependencies or build output.
// Needs `unzip`, Chromium and Firefox ESR (.ci/run installs them).
//   npm run zip && node scripts/check-packages.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_URLS, launchWithExtension, routeDemo } from '../tests/e2e/harness.mjs';
import { launchFirefoxWithExtension, serveDemo } from '../tests/e2e-firefox/harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** @param {'chrome' | 'firefox' | 'sources'} target */
const archive = (target) => join(OUTPUT, `${name}-${version}-${target}.zip`);

const CONTENT_MATCHES = ['https://*.atlassian.net/*', 'https://github.com/*', 'https://linear.app/*'];
// Optional: asked for only when the user adds a self-hosted tracker (that origin, and scripting).
const SELF_HOSTED_ORIGINS = ['http://*/*', 'https://*/*'];
const EXPECTED = {
  chrome: {
    manifestVersion: 3,
    permissions: ['alarms', 'contextMenus', 'notifications', 'sidePanel', 'storage'],
    optional_permissions: ['scripting'],
    optional_host_permissions: SELF_HOSTED_ORIGINS,
  },
  firefox: {
    manifestVersion: 2,
    permissions: ['alarms', 'contextMenus', 'notifications', 'storage'],
    optional_permissions: [...SELF_HOSTED_ORIGINS, 'scripting'],
    optional_host_permissions: undefined,
  },
};

if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status !== 0) {
  console.error('check-packages: `unzip` is needed (apt-get install unzip).');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'customer-terms-packages-'));
let failures = 0;
/**
 * @param {string} label
 * @param {() => unknown} fn
 */
async function check(label, fn) {
  try {
    await fn();
    console.log(`ok      ${label}`);
  } catch (error) {
    failures++;
    console.log(
      `FAILED  ${label}\n        ${String((error instanceof Error && error.message) || error).replaceAll('\n', '\n        ')}`,
    );
  }
}

/**
 * @param {string} file
 * @param {string} into
 */
function unzip(file, into) {
  assert.ok(existsSync(file), `${file} is missing: run npm run zip first`);
  const result = spawnSync('unzip', ['-q', '-o', file, '-d', into], { encoding: 'utf8' });
  assert.equal(result.status, 0, `unzip ${file}: ${result.stderr}`);
  return into;
}

/**
 * The manifest fields read here; the rest is checked through its JSON text.
 * @typedef {{
 *   manifest_version: number,
 *   permissions?: string[],
 *   content_scripts?: { matches?: string[], exclude_matches?: string[], include_globs?: string[] }[],
 *   web_accessible_resources?: unknown[],
 *   browser_specific_settings?: { gecko?: { id?: string, data_collection_permissions?: { required?: unknown } } },
 *   [key: string]: unknown,
 * }} Manifest
 */

/**
 * @param {keyof typeof EXPECTED} target
 * @param {string} dir
 * @returns {Manifest}
 */
function checkManifest(target, dir) {
  /** @type {Manifest} */
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const expected = EXPECTED[target];
  assert.equal(manifest.manifest_version, expected.manifestVersion, 'manifest_version');
  assert.deepEqual([...(manifest.permissions ?? [])].sort(), expected.permissions, 'permissions');
  assert.equal(manifest.host_permissions, undefined, 'host_permissions must be absent');
  for (const key of /** @type {const} */ (['optional_permissions', 'optional_host_permissions'])) {
    const got = /** @type {string[] | undefined} */ (manifest[key]);
    assert.deepEqual(got ? [...got].sort() : undefined, expected[key], key);
  }
  const matches = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []))].sort();
  assert.deepEqual(matches, CONTENT_MATCHES, 'content script matches');
  for (const c of manifest.content_scripts ?? [])
    assert.equal(c.exclude_matches ?? c.include_globs, undefined, 'no extra match rules');
  // Everything but the optional permissions, which may name any origin (one is granted at a time).
  const { optional_permissions: _o, optional_host_permissions: _h, ...required } = manifest;
  const text = JSON.stringify(required);
  for (const forbidden of [
    '<all_urls>',
    '"tabs"',
    '*://*/*',
    'http://*/*',
    'https://*/*',
    'webRequest',
    'nativeMessaging',
  ]) {
    assert.ok(!text.includes(forbidden), `the manifest must not mention ${forbidden}`);
  }
  for (const resource of manifest.web_accessible_resources ?? []) {
    assert.ok(!JSON.stringify(resource).includes('<all_urls>'), 'web_accessible_resources open to every site');
  }
  if (target === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    assert.ok(typeof gecko?.id === 'string' && gecko.id.length > 0, 'browser_specific_settings.gecko.id');
    assert.ok(
      Array.isArray(gecko?.data_collection_permissions?.required),
      'browser_specific_settings.gecko.data_collection_permissions.required',
    );
  }
  return manifest;
}

/**
 * Waits until the page's CSS highlight registry holds our highlight with some ranges.
 * @param {{ evaluate(fn: () => number): Promise<number> }} page a Playwright or a Puppeteer page
 */
async function highlightCount(page) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const count = await page.evaluate(() => CSS.highlights.get('customer-terms-jargon')?.size ?? 0);
    if (count > 0 || Date.now() > deadline) return count;
    await new Promise((r) => setTimeout(r, 100));
  }
}

try {
  const chromeDir = join(work, 'chrome');
  const firefoxDir = join(work, 'firefox');
  /** @type {Manifest | undefined} */
  let firefoxManifest;

  await check(
    `Chrome archive ${archive('chrome').replace(`${ROOT}/`, '')}: manifest permissions as README lists`,
    () => {
      checkManifest('chrome', unzip(archive('chrome'), chromeDir));
    },
  );
  await check(
    `Firefox archive ${archive('firefox').replace(`${ROOT}/`, '')}: manifest permissions, gecko id, data_collection_permissions`,
    () => {
      firefoxManifest = checkManifest('firefox', unzip(archive('firefox'), firefoxDir));
    },
  );

  await check(
    'the Chrome archive loads in Chromium: its service worker starts and the demo issue is highlighted',
    async () => {
      const { context, extensionId, close } = await launchWithExtension({ extensionDir: chromeDir });
      try {
        assert.match(extensionId, /^[a-p]{32}$/);
        const { blockedRequests } = await routeDemo(context);
        const page = await context.newPage();
        await page.goto(DEMO_URLS.issue);
        assert.ok((await highlightCount(page)) > 0, 'highlights on the demo issue');
        assert.deepEqual(blockedRequests, []);
      } finally {
        await close();
      }
    },
  );

  await check('the Firefox archive installs in Firefox and the demo issue is highlighted', async () => {
    const { browser, extensionId, close } = await launchFirefoxWithExtension(firefoxDir);
    try {
      assert.equal(extensionId, firefoxManifest?.browser_specific_settings?.gecko?.id);
      const log = { requests: [], blocked: [] };
      const page = await browser.newPage();
      await serveDemo(page, log);
      await page.goto(DEMO_URLS.issue);
      assert.ok((await highlightCount(page)) > 0, 'highlights on the demo issue');
      assert.deepEqual(log.blocked, []);
    } finally {
      await close();
    }
  });

  const sources = archive('sources');
  await check(`Firefox sources archive ${sources.replace(`${ROOT}/`, '')}: sources only`, () => {
    assert.ok(existsSync(sources), `${sources} is missing`);
    const list = spawnSync('unzip', ['-Z1', sources], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(list.status, 0, list.stderr);
    const names = list.stdout.split('\n').filter(Boolean);
    assert.ok(names.includes('package.json') && names.includes('package-lock.json'), 'package.json and its lock file');
    const unwanted = names.filter((n) => /^(node_modules|\.output|\.wxt|\.tools|dist-cli|demo\/dist|\.git)\//.test(n));
    assert.deepEqual(unwanted, [], 'no dependencies or build output');
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures) {
  console.error(`check-packages: ${failures} check(s) failed`);
  process.exit(1);
}
console.log('check-packages: passed');
