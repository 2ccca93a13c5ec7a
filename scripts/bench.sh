#!/usr/bin/env bash
# Benchmarks (see BENCHMARKS.md). Reports; never fails because a target is missed.
#
#   scripts/bench.sh                    release build + browser benchmark
#   scripts/bench.sh --model            also the model's criterion bench first
#   scripts/bench.sh --soak [MINUTES]   soak: looped playback, JS heap growth (default 10)
#   scripts/bench.sh --no-build         reuse the last bench build
#   scripts/bench.sh --rev REV          build git revision REV (a clean export), not the
#                                       working tree: figures for a commit while the tree
#                                       is being edited
#   scripts/bench.sh --sizes            only the release file sizes (raw and gzip -9)
#   scripts/bench.sh --no-lighthouse    skip the Lighthouse mobile run (3 runs, ~1 min)
#   scripts/bench.sh --lighthouse-only  only the Lighthouse mobile run
#   other flags go to tests/bench/bench.mjs (--json, --out FILE, --loads N, --moves N)
#
# The release build goes to its own folder (BENCH_DIST, default target/bench-dist) so it
# never replaces dist/. Exits non-zero only when it cannot measure (build or browser).
set -euo pipefail
cd "$(dirname "$0")/.."

model=0
lighthouse=1
browser=1
build=1
rev=
src=
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --model) model=1 ;;
    --no-build) build=0 ;;
    --no-lighthouse) lighthouse=0 ;;
    --lighthouse-only) browser=0 ;;
    --sizes) lighthouse=0; args+=("$1") ;;
    --rev) rev=$2; shift ;;
    --soak)
      args+=("$1")
      lighthouse=0
      if [ $# -gt 1 ] && [[ "$2" =~ ^[0-9]+([.][0-9]+)?$ ]]; then args+=("$2"); shift; fi
      ;;
    *) args+=("$1") ;;
  esac
  shift
done

say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

scripts/setup.sh test >&2
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist=${BENCH_DIST:-target/bench-dist}


mkdir -p "$dist"
dist=$(cd "$dist" && pwd)
if [ -n "$rev" ]; then
  sha=$(git rev-parse --short "$rev^{commit}")
  src=$(mktemp -d)
  trap 'rm -rf "$src"' EXIT
  say "release build of $rev ($sha) from a clean export into $dist"
  git archive "$sha" | tar -x -C "$src"
  ln -s "$PWD/node_modules" "$src/node_modules"
  export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
  if ! (cd "$src" && trunk build --release --dist "$dist" >&2); then
    say "the release build of $sha failed: nothing measured"
    exit 1
  fi
  args+=(--label "$sha")
elif [ "$build" = 1 ] || [ ! -f "$dist/index.html" ]; then
  say "release build of the working tree into $dist (trunk build --release --dist $dist)"
  if ! trunk build --release --dist "$dist" >&2; then
    say "the release build failed: nothing measured (--rev HEAD builds the last commit)"
    exit 1
  fi
fi

# The model's criterion bench (of the same source as the app build).
if [ "$model" = 1 ]; then
  say "model: cargo bench -p migration-model --bench simulate"
  (cd "${src:-.}" && cargo bench -p migration-model --bench simulate >&2) || say "model bench failed (continuing)"
fi

# On a shared machine, a higher CPU priority keeps other jobs from stretching the frames
# being measured (root only; BENCH_NICE=0 turns it off).
nice_cmd=()
if [ "$(id -u)" = 0 ] && [ "${BENCH_NICE:--10}" != 0 ]; then
  nice_cmd=(nice -n "${BENCH_NICE:--10}")
fi
say "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$browser" = 1 ]; then
  "${nice_cmd[@]}" node tests/bench/bench.mjs --dist "$dist" "${args[@]}"
fi
# Lighthouse's mobile preset against the system Chromium (issue 12; BENCHMARKS.md).
if [ "$lighthouse" = 1 ]; then
  say "Lighthouse mobile, 3 runs: node tests/bench/lighthouse.mjs --dist $dist"
  "${nice_cmd[@]}" node tests/bench/lighthouse.mjs --dist "$dist" --runs 3
fi
