// Rewrite figures on real ticket sentences (tests/rewrites): node scripts/eval-rewrites.mjs [--dump FILE]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['tests/rewrites/eval.ts'],
  outfile: '.bench/eval-rewrites.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'error',
});
const run = spawnSync(process.execPath, ['.bench/eval-rewrites.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
