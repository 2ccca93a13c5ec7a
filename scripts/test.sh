#!/usr/bin/env bash
# Runs every check, installing what is missing first. Stops at the first failure with a
# non-zero exit. Ends with one summary line: "summary: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test || { echo "summary: 0 passed, 1 failed"; exit 1; }

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
WASM=wasm32-unknown-unknown
LOG=$(mktemp -d)
passed=0
failed=0

# Adds the counts a runner printed ("test result: ok. 12 passed; 0 failed",
# Playwright's "  12 passed"); a step without a test count counts as one check.
count() {
  awk '
    /test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed/ {
      for (i = 1; i <= NF; i++) {
        if ($(i + 1) ~ /^passed/) p += $i
        if ($(i + 1) ~ /^failed/) f += $i
      }
      next
    }
    /^ *[0-9]+ passed/ { p += $1 }
    /^ *[0-9]+ failed/ { f += $1 }
    END { print p + 0, f + 0 }
  ' "$1"
}

step() {
  local name=$1
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  local log="$LOG/$(echo "$name" | tr ' /' '__').log"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  read -r p f < <(count "$log")
  if [ "$rc" -ne 0 ]; then
    [ "$f" -gt 0 ] || f=1
    passed=$((passed + p))
    failed=$((failed + f))
    printf '\n%s failed (exit %s)\n' "$name" "$rc"
    echo "summary: $passed passed, $failed failed"
    exit 1
  fi
  [ "$p" -gt 0 ] || p=1
  passed=$((passed + p))
}

step "rustfmt" cargo fmt --all --check
step "house rules (rooms, sizes, no import circle)" node scripts/check-rooms.mjs
step "clippy native" cargo clippy --workspace --all-targets -- -D warnings
step "clippy wasm32" cargo clippy --target $WASM --all-targets -p vm-migration-lab -- -D warnings
step "native tests" cargo test --workspace
# The runner's limit is for a whole test binary (20 s by default); a debug build on a busy
# machine needs more, and each test waits for its conditions, not for a clock.
export WASM_BINDGEN_TEST_TIMEOUT=600
step "wasm-bindgen-test in headless Chromium" cargo test --target $WASM -p vm-migration-lab --tests
step "trunk build --release" trunk build --release
step "single-file build" node scripts/single-file.mjs dist dist-single/vm-migration-lab.html
step "Playwright" npx playwright test

echo
echo "summary: $passed passed, $failed failed"
