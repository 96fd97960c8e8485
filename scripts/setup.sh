#!/usr/bin/env bash
# Source this: Node >= 22 on PATH, dependencies installed, a Chromium that loads
# extensions found. Used by scripts/start.sh and scripts/test.sh on a fresh machine.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$here/scripts/ensure-node.sh"
cd "$here" || return 1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)..." >&2
  npm ci --no-fund --no-audit >&2 || return 1
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium from Debian's packages..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >&2 || return 1
  else
    echo "No Chromium found. Install one (sudo apt-get install chromium, or npx playwright install chromium)," >&2
    echo "or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary. Branded Chrome ignores --load-extension." >&2
  fi
fi
