// Rewrite figures on real ticket sentences (tests/rewrites), one block per judged set:
//   node scripts/eval-rewrites.mjs                       both sets
//   node scripts/eval-rewrites.mjs --cases F --golden G [--dump FILE]   one set of your own
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
const run = (/** @type {string[]} */ args) =>
  spawnSync(process.execPath, ['.bench/eval-rewrites.mjs', ...args], { stdio: 'inherit' }).status ?? 1;

const args = process.argv.slice(2);
if (args.includes('--cases')) process.exit(run(args));
/** @type {[string, string, string][]} */
const sets = [
  ['first set: 253 sentences, 220 tickets', 'tests/rewrites/sentences.jsonl', 'tests/rewrites/golden.jsonl'],
  [
    'second set: 171 sentences, 75 other tickets',
    'tests/rewrites/second-sentences.jsonl',
    'tests/rewrites/second-golden.jsonl',
  ],
  [
    'third set: 180 sentences, 70 other tickets',
    'tests/rewrites/third-sentences.jsonl',
    'tests/rewrites/third-golden.jsonl',
  ],
];
let status = 0;
for (const [title, cases, golden] of sets) {
  console.log(`\n${title}`);
  status ||= run(['--cases', cases, '--golden', golden, ...args]);
}
process.exit(status);
