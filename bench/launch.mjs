// Launchers for the in-browser bench: Chromium with the built extension (the e2e
// harness's own launcher) and the same Chromium, flags and demo routes without it,
// so every figure can be read as "with minus without" from one run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, EXTENSION_DIR, findChromium, launchWithExtension, routeDemo } from '../tests/e2e/harness.mjs';

/**
 * Chromium with the extension (`extension: true`) or without it, demo pages routed.
 * @param {{ extension: boolean }} options
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void>, label: string }>}
 */
export async function launchBench({ extension }) {
  if (extension) {
    const { context, close } = await launchWithExtension({ headless: true });
    try {
      await routeDemo(context);
      if (!(await backgroundSettled(context)))
        console.warn('  warning: the background had not compiled its phrase map after 60 s; pages read storage twice');
    } catch (error) {
      await close();
      throw error;
    }
    return { context, close, label: 'with extension' };
  }
  const profile = mkdtempSync(join(tmpdir(), 'customer-terms-bench-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: BROWSER_ARGS,
    });
    await routeDemo(context);
  } catch (error) {
    await context?.close().catch(() => {});
    removeProfile();
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => {});
    removeProfile();
  };
  return { context, close, label: 'without extension' };
}

/**
 * Waits until the background has compiled its phrase map and written the layer counts pages
 * read first (PAGE_KEYS.compiledMapLayers), as in a browser that has run for more than a few
 * seconds: until then every page reads storage a second time, and the compiling takes the CPU.
 * @param {import('playwright-core').BrowserContext} context
 */
async function backgroundSettled(context, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: timeoutMs }));
  while (Date.now() < until) {
    const written = await worker.evaluate(
      async () => (await chrome.storage.local.get('compiledMapLayers')).compiledMapLayers !== undefined,
    );
    if (written) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

export { EXTENSION_DIR };
