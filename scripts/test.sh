#!/usr/bin/env bash
# Runs every test Dealscope has, in order of cost, and exits non-zero on the first failure.
# Installs whatever is missing first. CI runs exactly this (see .ci/run).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_chromium
cd "$ROOT"

# Chromium leaves a profile behind at every start: keep those in one folder we empty each run.
export TMPDIR="$ROOT/.tmp"
rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
export CHROMEDRIVER=/usr/bin/chromedriver

step "Format"
cargo fmt --all -- --check

step "Lints (host)"
cargo clippy --all-targets --locked -- -D warnings

step "Lints (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "Native tests: model, command-line tool, components rendered on the server"
cargo test --locked

step "Figures: evaluation and search benchmarks (Criterion, quick mode; printed, not pass/fail)"
cargo bench --locked --bench evaluate --bench search -- --quick

step "Figures: the model against documented responses to real proposals (printed; the floor is a native test)"
cargo run -q --locked --bin dealscope -- fidelity

step "Browser tests: wasm-bindgen-test in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test web

step "Release build"
trunk build --release --offline

step "Size report"
node e2e/size-report.mjs dist

step "Figures: the size floor (the wasm of Yew alone, then with Fluent, then with serde_json, beside the app's; printed)"
bash scripts/size-floor.sh

step "Figures: the perf report (served compressed; 1x and 4x CPU; clicks against a plain control page; Lighthouse)"
node e2e/perf-report.mjs dist

step "End-to-end: Playwright against the release build"
(cd e2e && npm test)

rm -rf "$TMPDIR"
step "All tests passed"
