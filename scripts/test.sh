#!/usr/bin/env bash
# Installs whatever is missing (toolchain, Node packages, Chromium), then runs every test:
# formatting and lints, the crate boundaries, every crate's unit, scenario and property tests,
# the release build and its size budgets, the end-to-end tests in headless Chromium against
# that build, and the Lighthouse budgets.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
setup_browser
cd "$ROOT"

say "Formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --workspace --exclude xtask --exclude authpick-fuzz --quiet -- -D warnings

say "Crate boundaries (the pages never reach the cryptography)"
cargo xtask layers

say "Tests of every crate (native)"
cargo test --workspace --quiet

say "Inspector benchmark (native; fails over budget)"
cargo bench -p authpick-crypto --quiet --bench inspect

say "Release build"
cargo xtask dist --release

say "Pre-compression and size budgets"
node scripts/compress.mjs dist
python3 scripts/sizes.py --budget-kb 250 --brotli-budget-kb 200 \
  --reference-budget-kb 200 --reference-brotli-budget-kb 160 \
  --inspector-budget-kb 250 --inspector-brotli-budget-kb 200

say "End-to-end tests (headless Chromium)"
npx playwright test --config tests/e2e/playwright.config.js

say "Lighthouse budgets (mobile, 3 runs each of / and /inspector/, on the now idle machine)"
bash scripts/lighthouse.sh --budget
