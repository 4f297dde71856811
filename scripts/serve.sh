#!/usr/bin/env bash
# Installs whatever is missing, builds the site and serves it on http://127.0.0.1:8080 the way
# a static host would (scripts/serve_dist.py). Pass --release for the optimised build. Run it
# again to rebuild after a change.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
# The build writes each page's first render in headless Chromium (scripts/prerender.mjs).
setup_browser
cd "$ROOT"
cargo xtask dist "$@"
say "Serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec python3 scripts/serve_dist.py --port 8080 --dir dist
