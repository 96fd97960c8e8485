// Bundles the demo pages' editor (demo/editor/*.ts: ProseMirror and the Jira and Linear
// page behaviour) into demo/dist/editor.js, which demo/jira and demo/linear load.
//   node scripts/build-demo.mjs
// Tests may import buildDemo() to make sure the bundle is current before serving the pages.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_EDITOR_BUNDLE = join(ROOT, 'demo/dist/editor.js');

export async function buildDemo() {
  await build({
    entryPoints: [join(ROOT, 'demo/editor/main.ts')],
    outfile: DEMO_EDITOR_BUNDLE,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return DEMO_EDITOR_BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildDemo();
  console.log(`Built ${out}`);
}
