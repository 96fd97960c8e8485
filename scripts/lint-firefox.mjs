// `npm run lint:firefox`: Mozilla's addons-linter (through web-ext, offline) over the
// Firefox build, plus a check that no bundle of either build holds eval-like code.
// Builds .output/firefox-mv2 first when it is absent. Fails on any lint error, on any
// warning that README's "Firefox lint" note does not explain (KNOWN_WARNINGS below), and
// on any eval-like code in a bundle.
//   node scripts/lint-firefox.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIREFOX = join(ROOT, '.output/firefox-mv2');
const CHROME = join(ROOT, '.output/chrome-mv3');

/**
 * One finding of addons-linter, as `web-ext lint --output json` reports it.
 * @typedef {{ code: string, message: string, file?: string, line?: number, column?: number }} LintMessage
 */

let failed = false;
/** @param {string} message */
const fail = (message) => {
  console.error(`lint:firefox: ${message}`);
  failed = true;
};

if (!existsSync(join(FIREFOX, 'manifest.json'))) {
  console.log('lint:firefox: no Firefox build yet, building it (npx wxt build -b firefox)');
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// 1. addons-linter. NO_UPDATE_NOTIFIER: web-ext would otherwise look for a newer web-ext online.
const lint = spawnSync(
  join(ROOT, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error(lint.stdout, lint.stderr);
  console.error(`lint:firefox: web-ext lint gave no JSON report (exit ${lint.status})`);
  process.exit(1);
}

/**
 * Warnings README explains. React DOM assigns innerHTML only for a component's
 * dangerouslySetInnerHTML prop (the `__html` next to it), which no code of ours uses
 * (checked below); nothing else in our bundles assigns innerHTML.
 */
const KNOWN_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "React DOM's dangerouslySetInnerHTML support, unused by our components",
    /** @param {LintMessage} message */
    matches(message) {
      if (!/innerHTML/.test(message.message) || !message.file || !message.line) return false;
      const line = readFileSync(join(FIREFOX, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
      const around = line.slice(Math.max(0, (message.column ?? 0) - 400), (message.column ?? 0) + 400);
      return /__html/.test(around) && /\.innerHTML\s*=/.test(around);
    },
  },
];

/** @param {LintMessage} m */
const where = (m) => [m.file, m.line, m.column].filter((x) => x !== undefined && x !== null).join(':');
console.log(
  `web-ext lint ${FIREFOX.replace(`${ROOT}/`, '')}: ${report.summary.errors} errors, ` +
    `${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
for (const m of report.errors) {
  console.log(`  error    ${m.code}  ${m.message}  ${where(m)}`);
  fail(`lint error ${m.code} in ${where(m)}: ${m.description ?? m.message}`);
}
for (const m of report.warnings) {
  const known = KNOWN_WARNINGS.find((k) => k.code === m.code && k.matches(m));
  console.log(`  warning  ${m.code}  ${m.message}  ${where(m)}${known ? `  (known: ${known.why})` : ''}`);
  if (!known)
    fail(
      `new lint warning ${m.code} in ${where(m)}: fix it, or explain it in README's "Firefox lint" note and in KNOWN_WARNINGS in scripts/lint-firefox.mjs`,
    );
}
for (const m of report.notices) console.log(`  notice   ${m.code}  ${m.message}  ${where(m)}`);

// 2. The explanation above holds: none of our sources uses dangerouslySetInnerHTML.
for (const dir of ['entrypoints', 'src']) {
  for (const file of filesUnder(join(ROOT, dir), /\.[cm]?[jt]sx?$/)) {
    if (readFileSync(file, 'utf8').includes('dangerouslySetInnerHTML')) {
      fail(
        `${relative(ROOT, file)} uses dangerouslySetInnerHTML: README's Firefox lint note says no code of ours does`,
      );
    }
  }
}

// 3. No eval-like code in any bundle: eval(, the Function constructor, called or aliased.
// (`Function.prototype...`/`Function.call...` are property reads, not the constructor.)
const EVAL_LIKE =
  /(?<![\w$.])eval\s*\(|\bnew\s+Function\b|(?<![\w$.])Function\s*\(|(?<![=!<>])=\s*Function\b(?![\w$.])/g;
let bundles = 0;
for (const dir of [FIREFOX, CHROME]) {
  if (!existsSync(dir)) continue;
  for (const file of filesUnder(dir, /\.m?js$/)) {
    bundles++;
    const code = readFileSync(file, 'utf8');
    for (const hit of code.matchAll(EVAL_LIKE)) {
      fail(
        `eval-like code in ${relative(ROOT, file)} at ${hit.index}: …${code.slice(Math.max(0, hit.index - 60), hit.index + 40)}…`,
      );
    }
  }
}
console.log(
  `eval-like code (eval(, new Function, Function(, an aliased Function) in ${bundles} bundles of ${[FIREFOX, CHROME]
    .filter(existsSync)
    .map((d) => relative(ROOT, d))
    .join(' and ')}: ${failed ? 'see above' : 'none'}`,
);

if (failed) process.exit(1);
console.log('lint:firefox: passed');

/**
 * @param {string} dir
 * @param {RegExp} pattern
 */
function filesUnder(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
