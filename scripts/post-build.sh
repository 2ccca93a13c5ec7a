#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml [[hooks]]), run on the staging folder before it
# becomes dist/: by `trunk build` (make build, make test, make bench) and `trunk serve`
# (make serve) alike.
#
# 1. Release builds: the scripts (the wasm-bindgen JS glue, boot.js, head.js) and the
#    style sheets minified with esbuild (pinned in package.json). Trunk 0.21.14's own JS
#    minifier leaves the glue as it is, and its HTML minifier would drop the <head> and
#    <body> tags step 2 needs, so Trunk's `minify` stays off.
# 2. The prerendered first screen and the Content-Security-Policy meta go into the
#    staging index.html (src/prerender.rs, run natively), never the tracked index.html.
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
fi

# Trunk runs cargo --offline (Trunk.toml); so does this. A native build: the server
# renderer is not in the wasm. Its own target folder would double the native crates;
# the workspace's is shared with `cargo test`.
cargo run --quiet --offline --bin prerender -- "$staging/index.html"
