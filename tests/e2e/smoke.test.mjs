// The extension loads in a real Chromium and a demo page renders under its GitHub address.
// Independent of content-script features: those have their own tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_URLS, launchWithExtension, routeDemo } from './harness.mjs';

test('extension service worker starts and the demo issue page renders', async () => {
  const { context, extensionId, close } = await launchWithExtension();
  try {
    assert.match(extensionId, /^[a-p]{32}$/, 'extension id from the service worker URL');
    const { blockedRequests } = await routeDemo(context);

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(DEMO_URLS.issue);
    const title = page.locator('bdi[data-testid="issue-title"]');
    await title.waitFor({ state: 'visible' });
    assert.equal(await title.textContent(), 'Refactor session handling and retry logic in checkout');
    assert.equal(await page.locator('.react-issue-comment [data-testid="markdown-body"]').count(), 3);

    assert.deepEqual(blockedRequests, [], 'no request left the demo routes');
  } finally {
    await close();
  }
});
