#!/usr/bin/env bash
# The long fuzzing pass: every entry point that reads user text, for a million mutated inputs
# each (or the number given), then the slowest of a few inputs of 1 KB, 100 KB and 1 MB. Prints
# the table README quotes; fails if anything panicked (the input is kept in target/fuzz-panics/).
# The test command runs a short pass of the same harness (fuzz/tests/short.rs).
#
# Usage: scripts/fuzz.sh [inputs per entry point, default 1000000] [seed]
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_rust
cd "$ROOT"
exec cargo run --quiet --profile fuzz -p authpick-fuzz -- --inputs "${1:-1000000}" --seed "${2:-2026}"
