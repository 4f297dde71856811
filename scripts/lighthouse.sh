#!/usr/bin/env bash
# Measures the release build with Lighthouse (mobile defaults) and prints the four category
# scores and the Largest Contentful Paint. Builds first unless dist/ exists; serves dist/ the
# way a static host would (scripts/serve_dist.py: pre-compressed files, security headers).
# Lighthouse 12.8 is the last release that runs on Node 20; it is fetched on first use and kept
# out of package.json so the test install stays small.
#
# Usage: scripts/lighthouse.sh [path, default /]   (report: target/lighthouse.json)
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
if [ ! -f dist/index.html ]; then
  setup_build
  cargo xtask dist --release
fi
setup_browser
node scripts/compress.mjs dist >/dev/null
PORT="${LIGHTHOUSE_PORT:-4190}"
python3 scripts/serve_dist.py --port "$PORT" --dir dist >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
sleep 1
mkdir -p target
CHROME_PATH="$CHROMIUM_PATH" npx --yes lighthouse@12.8.2 "http://127.0.0.1:$PORT${1:-/}" \
  --quiet --output=json --output-path=target/lighthouse.json \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
node -e '
const r = require("./target/lighthouse.json");
for (const [id, c] of Object.entries(r.categories)) console.log(`${c.title}: ${Math.round(c.score * 100)}`);
const lcp = r.audits["largest-contentful-paint"];
console.log(`Largest Contentful Paint: ${lcp.displayValue}`);
const cls = r.audits["cumulative-layout-shift"];
console.log(`Cumulative Layout Shift: ${cls.displayValue}`);
'
