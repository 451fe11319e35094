#!/usr/bin/env bash
# Quick size check of the release build: the gzip and brotli size of each file a first visit
# fetches (without the timing runs of scripts/bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null 2>&1 || bash scripts/build.sh
total=0
for f in dist/index.html dist/*.css dist/*.js dist/*_bg.wasm dist/locales/en.ftl; do
  g=$(gzip -9 -c "$f" | wc -c)
  total=$((total + g))
  printf '%-50s %8d raw %8d gzip\n' "${f#dist/}" "$(stat -c %s "$f")" "$g"
done
echo "first visit (English): $total bytes gzip ($((total / 1024)) KB)"
