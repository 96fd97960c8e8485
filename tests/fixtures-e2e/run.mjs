// Runs the suite against GitHub's real saved pages in ../shared/fixtures/github.
// Skips (exit 0) where that folder does not exist, as in a user's clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, assertExtensionBuilt, findChromium } from '../e2e/harness.mjs';

const fixtures = join(ROOT, '../shared/fixtures/github');
if (!existsSync(fixtures)) {
  console.log(`fixtures not found, skipping (looked in ${fixtures})`);
  process.exit(0);
}
try {
  findChromium();
  assertExtensionBuilt();
} catch (error) {
  console.error(`fixtures-e2e: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const here = dirname(fileURLToPath(import.meta.url));
const tests = readdirSync(here)
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => join(here, name));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...tests], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
