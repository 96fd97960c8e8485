#!/usr/bin/env bash
# Source this: Node >= 22 on PATH, dependencies installed, a Chromium that loads
# extensions found. Used by scripts/start.sh and scripts/test.sh on a fresh machine.
# `source scripts/setup.sh firefox` (scripts/test.sh) also installs Firefox ESR for the
# Firefox end-to-end tests.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$here/scripts/ensure-node.sh"
cd "$here" || return 1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies (npm ci)..." >&2
  npm ci --no-fund --no-audit >&2 || return 1
fi
need_chromium=
need_firefox=
[ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && need_chromium=1
[ "${1:-}" = firefox ] && [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ] && need_firefox=1
if [ -n "$need_chromium$need_firefox" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq >&2 || return 1
  if [ -n "$need_chromium" ]; then
    echo "Installing Chromium from Debian's packages..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >&2 || return 1
  fi
  if [ -n "$need_firefox" ]; then
    echo "Installing Firefox ESR from Debian's packages..." >&2
    # Not fatal: without Firefox the Firefox tests say so (and fail only in CI).
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >&2 || echo "Could not install firefox-esr." >&2
  fi
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "No Chromium found. Install one (sudo apt-get install chromium, or npx playwright install chromium)," >&2
  echo "or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary. Branded Chrome ignores --load-extension." >&2
fi
if [ -n "$need_firefox" ] && [ ! -x /usr/bin/firefox-esr ]; then
  echo "No Firefox ESR found for the Firefox tests. Install it (sudo apt-get install firefox-esr)," >&2
  echo "or set FIREFOX_PATH to a Firefox 140+ binary." >&2
fi
