// WXT's fake browser (in-memory storage, managed storage included) as the global
// `browser` and `chrome`, for tests of code that uses storage. Import it first:
// wxt/utils/storage picks the global up when it is first imported.
import { fakeBrowser } from 'wxt/testing/fake-browser';

const globals = globalThis as unknown as { browser?: unknown; chrome?: unknown };
globals.browser = fakeBrowser;
globals.chrome = fakeBrowser;

/**
 * Sets what the organisation's policy pushes, as a browser would (storage.managed), and
 * the background's mirror of it that content scripts read (src/background/policy-mirror).
 */
export async function setPolicy(values: Record<string, unknown>) {
  await fakeBrowser.storage.managed.set(values);
  const { mirrorPolicy } = await import('../../src/background/policy-mirror');
  await mirrorPolicy();
}

export { fakeBrowser };
