#!/usr/bin/env bash
# Every test: installs what a fresh machine lacks, then runs `npm test`
# (unit tests, a production build, end-to-end tests in headless Chromium and Firefox).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" firefox
npm test
