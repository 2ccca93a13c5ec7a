# The two commands: `make serve` and `make test`. Both install what is missing first.
.PHONY: serve test setup build single-file bench screenshots exercise-fixture split-profile

serve:            ## build and serve the app on http://127.0.0.1:8080
	scripts/serve.sh

test:             ## every check: fmt, clippy (native, wasm32), tests, browser tests
	scripts/test.sh

setup:            ## install the build tools only
	scripts/setup.sh test

build:            ## release build into dist/
	scripts/setup.sh && PATH="$(CURDIR)/node_modules/.bin:$$HOME/.cargo/bin:$$PATH" trunk build --release

bench:            ## model (criterion) and browser benchmarks; see BENCHMARKS.md
	scripts/bench.sh

single-file:      ## one self-contained HTML file (works from file://): dist-single/vm-migration-lab.html
	$(MAKE) build && node scripts/single-file.mjs dist dist-single/vm-migration-lab.html

exercise-fixture: ## rewrite the exercise set the wasm test compares with (after a model change)
	cargo run -q -p migration-model --bin migsim -- exercise --seed 7 --count 12 --level 3 --format json > model/tests/data/exercises-seed-7.json

split-profile:    ## rewrite tools/split-wasm/first-screen.txt (what the first download keeps; docs/loading.md)
	scripts/setup.sh test && PATH="$(CURDIR)/node_modules/.bin:$$HOME/.cargo/bin:$$PATH" SPLIT_PROFILE=1 \
	  trunk build --release --dist target/split-profile/dist && \
	  node scripts/split-profile.mjs target/split-profile/dist target/split-profile/names.tsv tools/split-wasm/first-screen.txt
