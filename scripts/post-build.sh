#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml [[hooks]]), run on the staging folder before it
# becomes dist/: by `trunk build` (make build, make test, make bench) and `trunk serve`
# (make serve) alike.
#
# 1. Release builds: the scripts (the wasm-bindgen JS glue, boot.js, head.js) and the
#    style sheets minified with esbuild (pinned in package.json), and the style sheets
#    merged into one (scripts/merge-css.mjs). Trunk 0.21.14's own JS
#    minifier leaves the glue as it is, and its HTML minifier would drop the <head> and
#    <body> tags step 2 needs, so Trunk's `minify` stays off.
# 2. Release builds: the JS imports of the wasm renamed short in both files, and the
#    wasm split in two (tools/split-wasm, docs/loading.md): the
#    primary keeps the functions tools/split-wasm/first-screen.txt names, the secondary
#    (`*_split.wasm`, fetched after the app starts: assets/split.js) holds the rest; both
#    then optimised again. `SPLIT_PROFILE=1` (make split-profile) writes the profiling
#    build instead, and `SPLIT_WASM=off` one unsplit wasm (to compare sizes).
# 3. The prerendered first screen and the Content-Security-Policy meta go into the
#    staging index.html (src/app/prerender.rs, run natively), never the tracked index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  for file in "$staging"/*.js "$staging"/*.css; do
    [ -e "$file" ] || continue
    format=()
    # The glue and boot.js are modules; head.js is a classic script.
    case "$file" in *.js) [[ "$file" == */head.js ]] || format=(--format=esm) ;; esac
    esbuild "$file" --minify "${format[@]}" --log-level=warning --outfile="$file.min"
    mv "$file.min" "$file"
  done
  node scripts/merge-css.mjs "$staging"
fi

if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  wasm=$(ls "$staging"/*_bg.wasm)
  # Short import names in the wasm and the glue (wasm-bindgen's carry a 16-digit hash).
  cargo run --quiet --offline -p split-wasm -- imports "$wasm" "${wasm%_bg.wasm}.js"
  if [ "${SPLIT_WASM:-on}" = off ]; then
    # One wasm, for comparison (BENCHMARKS.md): Trunk kept the names for the split.
    wasm-opt --strip-debug "$wasm" -o "$wasm"
  elif [ -n "${SPLIT_PROFILE:-}" ]; then
    mkdir -p target/split-profile
    cargo run --quiet --offline -p split-wasm -- instrument "$wasm" "$wasm" target/split-profile/names.tsv
  else
    secondary="${wasm%_bg.wasm}_split.wasm"
    mkdir -p target/split
    # The wasm before the split, with its names: for `twiggy` (docs/loading.md).
    cp "$wasm" target/split/named.wasm
    # The linker's output with its relocations (.cargo/config.toml): the data it moves.
    linked="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/vm-migration-lab.wasm"
    cargo run --quiet --offline -p split-wasm -- split tools/split-wasm/first-screen.txt \
      "$wasm" "$wasm" "$secondary" target/split/slots.tsv "$linked"
    for file in "$wasm" "$secondary"; do
      wasm-opt -Oz --low-memory-unused "$file" -o "$file"
    done
  fi
fi

# Trunk runs cargo --offline (Trunk.toml); so does this. A native build: the server
# renderer is not in the wasm. Its own target folder would double the native crates;
# the workspace's is shared with `cargo test`.
cargo run --quiet --offline --bin prerender -- "$staging/index.html"
