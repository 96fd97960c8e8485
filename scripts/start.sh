#!/usr/bin/env bash
# Try it: builds the extension and opens Chromium with it on the offline demo
# of GitHub, Jira and Linear. Installs what a fresh machine lacks first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
npm start -- "$@"
