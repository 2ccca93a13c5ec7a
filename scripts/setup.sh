#!/usr/bin/env bash
# Installs what the project needs and is missing; skips what is there (well under a
# second when everything is installed). Idempotent.
#
#   scripts/setup.sh          tools to build and serve the app
#   scripts/setup.sh test     also Chromium and chromedriver (Debian) for browser tests
#
# Versions: tools.env (trunk), Cargo.lock (wasm-bindgen-cli must equal it),
# package.json + package-lock.json (wasm-opt from npm binaryen, Playwright, axe-core).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../tools.env
source tools.env

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. The wasm32 target for the installed Rust toolchain.
if ! rustup target list --installed 2>/dev/null | grep -qx "$RUST_TARGET"; then
  say "adding Rust target $RUST_TARGET"
  rustup target add "$RUST_TARGET"
fi

# 2. wasm-bindgen-cli equal to Cargo.lock's wasm-bindgen (a mismatch breaks the build).
wbg_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ -z "$wbg_version" ]; then
  echo "setup: cannot read wasm-bindgen's version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg_version" ]; then
  say "installing wasm-bindgen-cli $wbg_version from crates.io (about 3 minutes)"
  # --locked fails for this version: a pinned dependency is missing from the registry.
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

# 3. Trunk, pinned (0.22 needs a newer rustc than this machine has).
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (about 7 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# 4. npm tools from the committed lock file (wasm-opt 132, Playwright, axe-core).
if ! cmp -s package-lock.json node_modules/.setup-stamp 2>/dev/null; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-stamp
fi

# 5. Crates for an offline Trunk build (Trunk runs cargo with --offline).
if ! cmp -s Cargo.lock target/.setup-fetch-stamp 2>/dev/null; then
  say "fetching crates"
  cargo fetch
  mkdir -p target
  cp Cargo.lock target/.setup-fetch-stamp
fi

# 6. Browser tests: Debian's Chromium and chromedriver (never Playwright's download).
if [ "${1:-}" = "test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver from Debian (about 1 minute)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # A Chinese font, so the zh-CN pages render real glyphs (not boxes) when the browser
  # tests measure them for cut text (tests/e2e/i18n.spec.ts).
  if ! dpkg -s fonts-wqy-zenhei >/dev/null 2>&1; then
    say "installing fonts-wqy-zenhei from Debian (a Chinese font for the browser tests)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq fonts-wqy-zenhei >/dev/null
  fi
fi
