#!/usr/bin/env bash
# Measures the release build with Lighthouse (mobile defaults) and prints the four category
# scores, Largest Contentful Paint, Cumulative Layout Shift and Total Blocking Time. Builds first
# unless dist/ exists; serves dist/ the way a static host would (scripts/serve_dist.py:
# pre-compressed files, security headers). Lighthouse 12.8 is the last release that runs on
# Node 20; it is pinned in package.json like every other tool.
#
# Usage: scripts/lighthouse.sh [path, default /]          one run (report: target/lighthouse.json)
#        scripts/lighthouse.sh --budget [path ...]         three runs of each path (default / and
#          /inspector/), each printed; fails only when a path's median Performance is below 95 or
#          its median LCP over 2.5 s. Lighthouse's figures move with the machine's load (a busy
#          CI machine once turned 100 into 98), so the gate has that much headroom over the 100
#          and 0.9 to 1.2 s measured here; docs/budgets.md keeps the figures.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
BUDGET=0
if [ "${1:-}" = "--budget" ]; then
  BUDGET=1
  shift
fi
PATHS=("$@")
if [ ${#PATHS[@]} -eq 0 ]; then
  if [ $BUDGET = 1 ]; then PATHS=(/ /inspector/); else PATHS=(/); fi
fi
RUNS=1
if [ $BUDGET = 1 ]; then RUNS=3; fi

if [ ! -f dist/index.html ]; then
  setup_build
  setup_browser
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
rm -f target/lighthouse-runs.txt
FAILED=0
for path in "${PATHS[@]}"; do
  for run in $(seq 1 $RUNS); do
    # Lighthouse sometimes fails to record a trace at all (NO_NAVSTART: "Please run Lighthouse
    # again"); that run measured nothing, so it is run again, up to three times. A run that
    # measured and missed the budget is never retried.
    attempt=1
    rm -f target/lighthouse.json
    until CHROME_PATH="$CHROMIUM_PATH" lighthouse "http://127.0.0.1:$PORT$path" \
      --quiet --output=json --output-path=target/lighthouse.json \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"; do
      if [ $attempt -ge 3 ]; then
        echo "Lighthouse could not measure $path in $attempt attempts" >&2
        exit 1
      fi
      attempt=$((attempt + 1))
      echo "Lighthouse recorded nothing for $path run $run; attempt $attempt"
      rm -f target/lighthouse.json
    done
    node -e '
const [path, run] = process.argv.slice(1);
const r = require("./target/lighthouse.json");
const a = r.audits;
const perf = Math.round(r.categories.performance.score * 100);
const lcp = a["largest-contentful-paint"].numericValue;
const cls = a["cumulative-layout-shift"].numericValue;
const tbt = a["total-blocking-time"].numericValue;
const scores = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
console.log(`${path} run ${run}: ${scores}; LCP ${(lcp / 1000).toFixed(2)} s, CLS ${cls.toFixed(3)}, TBT ${Math.round(tbt)} ms`);
require("fs").appendFileSync("target/lighthouse-runs.txt", `${path} ${perf} ${lcp}\n`);' "$path" "$run"
  done
done
if [ $BUDGET = 1 ]; then
  node -e '
const runs = require("fs").readFileSync("target/lighthouse-runs.txt", "utf8").trim().split("\n").map((l) => l.split(" "));
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let failed = false;
for (const path of [...new Set(runs.map((r) => r[0]))]) {
  const mine = runs.filter((r) => r[0] === path);
  const perf = median(mine.map((r) => Number(r[1])));
  const lcp = median(mine.map((r) => Number(r[2])));
  const over = perf < 95 || lcp > 2500;
  console.log(`${path}: median Performance ${perf}, median LCP ${(lcp / 1000).toFixed(2)} s${over ? " — over budget (Performance 95, LCP 2.5 s)" : ""}`);
  failed ||= over;
}
process.exit(failed ? 1 : 0);' || FAILED=1
fi
exit $FAILED
