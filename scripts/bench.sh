#!/usr/bin/env bash
# Benchmarks the release build: first-visit transfer size, first paint and first usable control
# beside a static page of the same size, Lighthouse (mobile) scores of both, cold start to
# interactive, and keystroke-to-paint latency on a large plan. Writes target/bench-report.md
# (and prints it). Lighthouse is installed into tests/bench/ on the first run (npm); the tests
# never need it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if [ ! -d tests/bench/node_modules/lighthouse ] || [ tests/bench/package-lock.json -nt tests/bench/node_modules/.package-lock.json ]; then
  (cd tests/bench && npm ci --no-audit --no-fund --loglevel=error)
fi
cd tests/e2e && node bench.mjs ../../target/bench-report.md
