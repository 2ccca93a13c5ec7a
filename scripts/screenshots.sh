#!/usr/bin/env bash
# Rebuilds the release app and retakes docs/screenshots/*.png (1280×720).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
node tests/e2e/serve.mjs dist 4175 & server=$!
trap 'kill $server' EXIT
sleep 0.5
node tests/shots/shots.mjs http://127.0.0.1:4175/ docs/screenshots
