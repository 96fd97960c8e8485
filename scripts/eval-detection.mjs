// Detection figures on a labelled ticket set: node scripts/eval-detection.mjs [tickets.jsonl] [--verbose]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.argv[2] ?? '../shared/dev-corpus/tickets.jsonl';
if (!existsSync(path)) {
  console.log(`No labelled tickets at ${path}: skipping the detection figures.`);
  process.exit(0);
}
await build({
  entryPoints: ['tests/detection/eval.ts'],
  outfile: '.bench/eval-detection.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['.bench/eval-detection.mjs', path, ...process.argv.slice(3)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
