#!/usr/bin/env bash
# The first-visit size budget: builds the release app (unless --no-build: scripts/test.sh passes
# it to reuse the dist/ it just built), then scripts/size.mjs loads it once in headless Chromium
# and prints every file the first visit fetches (raw, gzip, brotli), the total and the top
# contributors. Exits 1 when the first visit is over the budget (BUDGET_KB in scripts/size.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  bash scripts/build.sh >/dev/null 2>&1 || bash scripts/build.sh
fi
source scripts/env.sh
node scripts/size.mjs
