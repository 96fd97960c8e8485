// Shared helpers for end-to-end tests and the demo: find a Chromium that accepts
// --load-extension, launch it with the built extension, and serve our demo pages at
// real tracker addresses while blocking (and recording) every other request.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildDemo } from '../../scripts/build-demo.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const DEMO_DIR = join(ROOT, 'demo');

/**
 * Every demo page: `url` is the address tests open; `match` (optional) is the address
 * pattern served, where a trailing `*` matches any rest of the path. Query strings and
 * fragments are ignored when matching. `file` (or `dir` for a `*` route) is under demo/.
 * A Jira or Linear demo is one more line here. Shared with the Firefox suite (tests/e2e-firefox),
 * which serves the same table through demoResponse().
 * @type {{ name?: string, url?: string, match?: string, file?: string, dir?: string }[]}
 */
export const DEMO_ROUTES = [
  { name: 'hub', url: 'https://github.com/customer-terms-demo', file: 'github/index.html' },
  { name: 'newIssue', url: 'https://github.com/customer-terms-demo/shop/issues/new', file: 'github/new-issue.html' },
  { name: 'issue', url: 'https://github.com/customer-terms-demo/shop/issues/41', file: 'github/issue.html' },
  { name: 'issue2', url: 'https://github.com/customer-terms-demo/shop/issues/42', file: 'github/issue-2.html' },
  { name: 'thread', url: 'https://github.com/customer-terms-demo/shop/issues/43', file: 'github/thread.html' },
  { name: 'pull', url: 'https://github.com/customer-terms-demo/shop/pull/44', file: 'github/pull.html' },
  { name: 'issueList', url: 'https://github.com/customer-terms-demo/shop/issues', file: 'github/issues.html' },
  {
    name: 'projectTable',
    url: 'https://github.com/orgs/customer-terms-demo/projects/3/views/2',
    file: 'github/project.html',
  },
  {
    name: 'projectBoard',
    url: 'https://github.com/orgs/customer-terms-demo/projects/3/views/1',
    match: 'https://github.com/orgs/customer-terms-demo/projects/3/views/*',
    file: 'github/project.html',
  },
  { match: 'https://github.com/customer-terms-demo/assets/*', dir: 'github/assets' },
  {
    name: 'jiraIssue',
    url: 'https://customer-terms-demo.atlassian.net/browse/SHOP-7',
    match: 'https://customer-terms-demo.atlassian.net/browse/*',
    file: 'jira/issue.html',
  },
  {
    name: 'jiraBacklog',
    url: 'https://customer-terms-demo.atlassian.net/jira/software/projects/SHOP/boards/1/backlog',
    file: 'jira/backlog.html',
  },
  { match: 'https://customer-terms-demo.atlassian.net/jira/software/projects/SHOP/boards/*', file: 'jira/issue.html' },
  {
    name: 'jiraList',
    url: 'https://customer-terms-demo.atlassian.net/jira/software/projects/SHOP/list',
    file: 'jira/list.html',
  },
  { match: 'https://customer-terms-demo.atlassian.net/customer-terms-demo-assets/*', dir: '.' },
  {
    name: 'linearIssue',
    url: 'https://linear.app/customer-terms-demo/issue/SHOP-8/checkout-logouts',
    match: 'https://linear.app/customer-terms-demo/issue/*',
    file: 'linear/issue.html',
  },
  { name: 'linearList', url: 'https://linear.app/customer-terms-demo/team/SHOP/all', file: 'linear/list.html' },
  { match: 'https://linear.app/customer-terms-demo-assets/*', dir: '.' },
  // A self-hosted Jira Data Center: highlighted only once added in the settings (its permission granted).
  {
    name: 'jiraDataCenter',
    url: 'https://jira.customer-terms-demo.test/browse/SHOP-12',
    match: 'https://jira.customer-terms-demo.test/browse/*',
    file: 'jira-dc/issue.html',
  },
  { match: 'https://jira.customer-terms-demo.test/customer-terms-demo-assets/*', dir: '.' },
];

/**
 * Addresses of the demo pages, by name (a new named route adds its name here).
 * @type {Readonly<Record<'hub' | 'newIssue' | 'issue' | 'issue2' | 'thread' | 'pull' | 'issueList' | 'projectBoard' | 'projectTable' | 'jiraIssue' | 'jiraBacklog' | 'jiraList' | 'linearIssue' | 'linearList' | 'jiraDataCenter', string>>}
 */
export const DEMO_URLS = Object.freeze(
  Object.fromEntries(DEMO_ROUTES.filter((r) => r.name).map((r) => [r.name, r.url])),
);

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A Chromium that honours --load-extension: CHROMIUM_PATH, Debian's, then Playwright's. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let playwrights = '';
  try {
    playwrights = chromium.executablePath();
  } catch {
    // playwright-core throws when it has no browser registry entry for this platform.
  }
  if (playwrights && existsSync(playwrights)) return playwrights;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one: `apt-get install chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary. ' +
      '(Branded Google Chrome ignores --load-extension.)',
  );
}

/**
 * Flags for a quiet headless Chromium on a machine without a network: no sandbox
 * (root in CI), no background requests that would be refused anyway.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws unless the extension has been built into .output/chrome-mv3. */
export function assertExtensionBuilt() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}/manifest.json is missing): run npm run build first.`);
  }
}

/**
 * Launches Chromium with the built extension (or the unpacked extension in `extensionDir`)
 * in a fresh profile.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string, close: () => Promise<void> }>}
 */
export async function launchWithExtension({ headless = true, extensionDir = EXTENSION_DIR } = {}) {
  if (extensionDir === EXTENSION_DIR) assertExtensionBuilt();
  const executablePath = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'customer-terms-e2e-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      viewport: headless ? { width: 1280, height: 800 } : null,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...BROWSER_ARGS],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => {});
    removeProfile();
  };
  try {
    const extensionId = await findExtensionId(context, extensionDir);
    return { context, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionDir
 */
async function findExtensionId(context, extensionDir, timeout = 15_000) {
  /** @param {import('playwright-core').Worker} worker */
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout }).catch(() => {
      throw new Error(
        `The extension's service worker did not start within ${timeout} ms (loaded from ${extensionDir}).`,
      );
    }));
  return new URL(worker.url()).host;
}

// One request handler per context consults a table of served addresses; any other http(s)
// or ws(s) request is aborted and recorded, so tests can assert that nothing reached the network.
/**
 * A served address: `match` (a trailing `*` matches any rest of the path) and the file, or
 * the folder for a `*` match, to answer with.
 * @typedef {{ match: string, file?: string, dir?: string }} RouteEntry
 * (a route without `dir` has a `file`)
 * @typedef {{ url: string, method: string, resourceType: string }} BlockedRequest
 */
/** @type {WeakMap<import('playwright-core').BrowserContext, { entries: RouteEntry[], blockedRequests: BlockedRequest[] }>} */
const routers = new WeakMap();

/** @param {import('playwright-core').BrowserContext} context */
async function routerFor(context) {
  let router = routers.get(context);
  if (router) return router;
  router = { entries: [], blockedRequests: [] };
  routers.set(context, router);
  await context.route(
    () => true,
    (route) => {
      const request = route.request();
      const url = request.url();
      // The extension's own files (chrome-extension://) are not network traffic.
      if (!/^(https?|wss?):/.test(url)) return route.continue();
      let found;
      try {
        found = findEntry(router.entries, url);
      } catch (error) {
        return route.fulfill({ status: 500, contentType: 'text/plain', body: String(error) });
      }
      if (found) return route.fulfill(found);
      router.blockedRequests.push({ url, method: request.method(), resourceType: request.resourceType() });
      return route.abort('blockedbyclient');
    },
  );
  await context.routeWebSocket(
    () => true,
    (ws) => {
      router.blockedRequests.push({ url: ws.url(), method: 'GET', resourceType: 'websocket' });
      return ws.close({ code: 1008, reason: 'blocked by the test harness' });
    },
  );
  return router;
}

/**
 * @param {RouteEntry[]} entries
 * @param {string} url
 */
function findEntry(entries, url) {
  const bare = url.replace(/[?#].*$/, '');
  for (const entry of entries) {
    if (entry.match.endsWith('*')) {
      const prefix = entry.match.slice(0, -1);
      if (!bare.startsWith(prefix)) continue;
      if (!entry.dir) return serveFile(/** @type {string} */ (entry.file));
      const rest = decodeURIComponent(bare.slice(prefix.length));
      const file = resolve(entry.dir, rest);
      if (!file.startsWith(`${entry.dir}/`) || !existsSync(file)) return { status: 404, body: 'not found' };
      return serveFile(file);
    }
    if (bare === entry.match || bare === `${entry.match}/`) return serveFile(/** @type {string} */ (entry.file));
  }
  return undefined;
}

/** @param {string} file */
function serveFile(file) {
  return {
    status: 200,
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    body: readFileSync(file),
  };
}

/** @type {Promise<string> | undefined} */
let demoBuilt;

/**
 * Serves demo/ at the DEMO_URLS addresses; every other request is aborted and recorded.
 * @param {import('playwright-core').BrowserContext} context
 * @returns {Promise<{ blockedRequests: BlockedRequest[] }>}
 */
export async function routeDemo(context) {
  await ensureDemoBuilt();
  const router = await routerFor(context);
  router.entries.push(...DEMO_ENTRIES);
  return { blockedRequests: router.blockedRequests };
}

/** The Jira and Linear demos run a real ProseMirror editor, bundled from demo/editor once per run. */
export function ensureDemoBuilt() {
  demoBuilt ??= buildDemo();
  return demoBuilt;
}

/** @type {RouteEntry[]} */
const DEMO_ENTRIES = DEMO_ROUTES.map((route) => ({
  // Every route has a `match`, or a `url` that is its own match.
  match: /** @type {string} */ (route.match ?? route.url),
  file: route.file && join(DEMO_DIR, route.file),
  dir: route.dir && join(DEMO_DIR, route.dir),
}));

/**
 * The answer for a request to `url` when serving the demo pages with any browser driver:
 * `{ status, contentType, body }`, or undefined when the address is not one of the demo's.
 * Throws on a malformed address (callers answer 500).
 * @param {string} url
 */
export function demoResponse(url) {
  return findEntry(DEMO_ENTRIES, url);
}

/**
 * Serves one saved page (filePath) at url; everything not served is blocked and recorded.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {string} filePath
 * @returns {Promise<{ blockedRequests: BlockedRequest[] }>}
 */
export async function routeFixture(context, url, filePath) {
  const router = await routerFor(context);
  router.entries.push({ match: url.replace(/[?#].*$/, ''), file: resolve(filePath) });
  return { blockedRequests: router.blockedRequests };
}

/**
 * Records every request the context's pages and workers make (served, blocked or not routed).
 * @param {import('playwright-core').BrowserContext} context
 * @returns {{ requests: { url: string, method: string, resourceType: string, frameUrl: string | null }[], stop: () => void }}
 */
export function recordNetwork(context) {
  /** @type {{ url: string, method: string, resourceType: string, frameUrl: string | null }[]} */
  const requests = [];
  /** @param {import('playwright-core').Request} request */
  const onRequest = (request) => {
    /** @type {string | null} */
    let frameUrl = null;
    try {
      frameUrl = request.frame().url();
    } catch {
      // Requests from service workers have no frame.
    }
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), frameUrl });
  };
  context.on('request', onRequest);
  return { requests, stop: () => context.off('request', onRequest) };
}
