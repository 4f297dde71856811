#!/usr/bin/env bash
# Installs whatever is missing, then serves Authpick on http://127.0.0.1:8080 with live reload.
# Pass --release to serve the optimised build instead of the debug one.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
setup_build
cd "$ROOT"
say "Serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve "$@"
