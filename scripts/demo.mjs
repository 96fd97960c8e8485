// Try the extension on local demo pages: opens Chromium with the built extension at the
// demo hub (served as https://github.com/customer-terms-demo; nothing goes to the network).
//   node scripts/demo.mjs                     headed; runs until the browser is closed
//   node scripts/demo.mjs --screenshot a.png  headless; saves the demo issue page and exits
// Build first (`npm run build`); this script builds nothing.
import { resolve } from 'node:path';
import { DEMO_URLS, launchWithExtension, routeDemo } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? args[shotAt + 1] : undefined;
if (shotAt >= 0 && (!screenshot || screenshot.startsWith('--')))
  fail('usage: node scripts/demo.mjs [--screenshot out.png]');

if (!screenshot && process.platform === 'linux' && !process.env.DISPLAY) {
  fail(
    [
      'No display (DISPLAY is not set), so a browser window cannot open. Either:',
      '  xvfb-run -a node scripts/demo.mjs                   (Debian: apt-get install xvfb)',
      '  node scripts/demo.mjs --screenshot demo.png         (headless; saves a picture of the demo issue)',
    ].join('\n'),
  );
}

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let browser;
try {
  browser = await launchWithExtension({ headless: Boolean(screenshot) });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { context, close } = browser;
const { blockedRequests } = await routeDemo(context);
const page = context.pages()[0] ?? (await context.newPage());

if (screenshot) {
  try {
    await page.goto(DEMO_URLS.issue);
    await page.waitForTimeout(1500); // let the content script find and mark the page
    await page.screenshot({ path: resolve(screenshot) });
    console.log(`Saved ${resolve(screenshot)} (${DEMO_URLS.issue})`);
  } finally {
    await close();
  }
} else {
  const closed = new Promise((done) => context.once('close', done));
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await page.goto(DEMO_URLS.hub);
  console.log(`Customer Terms demo: ${DEMO_URLS.hub}`);
  console.log('Only the demo addresses are served; every other request is blocked. Close the browser to stop.');
  await closed;
  await close();
  const hosts = [...new Set(blockedRequests.map((r) => new URL(r.url).host))];
  if (hosts.length) console.log(`Blocked ${blockedRequests.length} request(s) to: ${hosts.join(', ')}`);
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(message);
  process.exit(1);
}
