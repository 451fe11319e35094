#!/usr/bin/env bash
# Benchmarks the release build: first-visit transfer size, cold start to interactive, and
# keystroke-to-paint latency on a large plan. Writes target/bench-report.md (and prints it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd tests/e2e && node bench.mjs ../../target/bench-report.md
