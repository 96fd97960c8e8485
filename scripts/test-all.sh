#!/usr/bin/env bash
# README's test command (`npm test`): unit tests, a production build, then the
# end-to-end tests in real Chromium against the demo pages.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/ensure-node.sh

echo '== unit tests (vitest)'
npx vitest run
echo '== build (wxt build, demo editor)'
npx wxt build
node scripts/build-demo.mjs
echo '== end-to-end tests (Chromium)'
node tests/e2e/run.mjs
