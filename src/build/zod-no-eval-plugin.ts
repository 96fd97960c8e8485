// Keeps the Function constructor out of the extension's bundles. zod 4 compiles fast
// object parsers with `new Function` unless it runs jitless; src/zod-jitless.ts sets
// `z.config({ jitless: true })` before any schema is made, so that code never runs, but it
// is still in the bundle, and store reviewers (addons-linter: "The Function constructor is
// eval") and strict CSPs see it. This plugin replaces zod's `const F = Function;` (the
// only ways zod reaches the constructor: its eval probe, Doc.compile and z.compile) with a
// constructor that throws, which is exactly what zod already handles under a CSP that
// forbids eval: the probe answers "no eval" and parsing takes the interpreted path.
// The build fails if zod's probe no longer looks as expected (a zod upgrade to re-check);
// scripts/lint-firefox.mjs checks the built bundles for any eval-like code that is left.
import type { Plugin } from 'vite';

const ZOD_FILE = /[\\/]node_modules[\\/]zod[\\/].*\.[cm]?js$/;
const FUNCTION_ALIAS = /\bconst (\w+) = Function;/g;
/** The eval probe (util.js) must be among the files rewritten, or zod changed. */
const PROBE_FILE = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;

const NO_FUNCTION =
  "function () { throw new EvalError('Customer Terms builds zod without code generation (jitless)'); }";

export function zodNoEvalPlugin(): Plugin {
  return {
    name: 'customer-terms-zod-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!ZOD_FILE.test(id)) return undefined;
      const out = code.replace(FUNCTION_ALIAS, (_, name: string) => `const ${name} = ${NO_FUNCTION};`);
      if (PROBE_FILE.test(id) && out === code) {
        this.error(
          `zod's eval probe in ${id} no longer reads "const F = Function;": re-check src/build/zod-no-eval-plugin.ts`,
        );
      }
      return out === code ? undefined : { code: out, map: null };
    },
  };
}
