#!/usr/bin/env bash
# Installs what is missing, then serves the app on http://127.0.0.1:8080 (Trunk, rebuilds
# on change). Pass --release for an optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "VM Migration Lab: serving on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve "$@"
