// `npm run bench`: bundles bench/core.ts with esbuild into .bench/ and runs it in
// a fresh Node process (with --expose-gc so sections start from a collected heap),
// then runs the in-browser part, bench/browser.mjs (the built extension in Chromium
// against the same Chromium without it). Prints both tables and writes
// .bench/core.json and .bench/browser.json. Budget misses are reported, never an
// error: the exit code is non-zero only if a bench breaks, or the in-browser part
// cannot start (extension not built: `npm run build`; no Chromium).
//
//   npm run bench               both parts (about 1 + 2-3 minutes on 2 cores)
//   npm run bench -- --quick    one pass of each slow tool, short loops (a smoke test)
//   npm run bench -- --core     only the core part;  -- --browser  only the in-browser part
//   npm run bench -- --browser --only=thread,jira   some in-browser sections (see bench/browser.mjs)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.bench');
const outfile = join(outDir, 'core.mjs');
const quick = process.argv.includes('--quick');
const onlyCore = process.argv.includes('--core');
const onlyBrowser = process.argv.includes('--browser');
const runCore = onlyCore || !onlyBrowser;
const runBrowser = onlyBrowser || !onlyCore;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const env = {
  ...process.env,
  BENCH_OUT: outDir,
  BENCH_QUICK: quick ? '1' : '0',
  ...(only ? { BENCH_ONLY: only } : {}),
};

mkdirSync(outDir, { recursive: true });
let status = 0;
if (runCore) status = await core();
if (runBrowser) {
  if (runCore) console.log('');
  const browser = spawnSync(process.execPath, [join(root, 'bench/browser.mjs')], { cwd: root, stdio: 'inherit', env });
  if (browser.error) throw browser.error;
  status ||= browser.status ?? 1;
}
process.exit(status);

/** Builds and runs the core bench; its exit status. */
async function core() {
  try {
    await build({
      absWorkingDir: root,
      entryPoints: ['bench/core.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      // The tools we compare against load their own plugins and files at run time.
      external: ['alex', 'textlint', 'textlint-rule-prh', '@textlint/*'],
      // Any CommonJS dependency bundled into the ES module still finds `require`.
      banner: {
        js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
  } catch (error) {
    const failure = /** @type {Partial<import('esbuild').BuildFailure>} */ (error);
    const missing = (failure.errors ?? []).filter((e) => /Could not resolve "\.\/[\w-]+\.json"/.test(e.text));
    for (const e of failure.errors ?? [])
      console.error(`bench build: ${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`);
    if (missing.length)
      console.error('\nThe default phrase map (src/phrases/*.json) is incomplete; the bench needs it to run.');
    if (!failure.errors) console.error(error);
    return 1;
  }

  const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (run.error) throw run.error;
  return run.status ?? 1;
}
