// Runs every tests/e2e/*.test.mjs one file at a time (each launches its own Chromium).
// Usage: node tests/e2e/run.mjs [extra node --test flags]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertExtensionBuilt, findChromium } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
try {
  findChromium();
  assertExtensionBuilt();
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()
  .map((name) => join(here, name));
if (files.length === 0) {
  console.error(`e2e: no *.test.mjs files in ${here}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
