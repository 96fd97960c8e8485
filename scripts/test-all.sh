#!/usr/bin/env bash
# README's test command (`npm test`): type checks, unit tests, a production build, then the
# end-to-end tests in real Chromium against the demo pages, then the Firefox build
# and its end-to-end tests in real Firefox ESR (skipped loudly without Firefox;
# a failure in CI=true).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/ensure-node.sh

echo '== type checks (the extension, the test/bench/build scripts, the demo editors)'
npm run --silent typecheck
echo '== unit tests (vitest)'
npx vitest run
echo '== build (wxt build, demo editor)'
npx wxt build
node scripts/build-demo.mjs
echo '== end-to-end tests (Chromium)'
node tests/e2e/run.mjs

echo '== end-to-end tests (Firefox)'
firefox=${FIREFOX_PATH:-/usr/bin/firefox-esr}
if [ -x "$firefox" ]; then
  npx wxt build -b firefox
  node tests/e2e-firefox/run.mjs
else
  {
    echo
    echo '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!'
    echo "!! SKIPPED: the Firefox end-to-end tests (no Firefox at $firefox)."
    echo '!! Install Firefox ESR (sudo apt-get install firefox-esr, or run bash scripts/test.sh'
    echo '!! as root), or set FIREFOX_PATH to a Firefox 140+ binary, then run npm test again.'
    echo '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!'
    echo
  } >&2
  if [ "${CI:-}" = true ]; then
    echo 'CI=true: a missing Firefox is a failure here.' >&2
    exit 1
  fi
fi
