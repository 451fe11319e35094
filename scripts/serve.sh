#!/usr/bin/env bash
# Builds the release app (what ships) and serves it at http://127.0.0.1:8080 (PORT overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node tests/e2e/server.mjs --dir dist --host 127.0.0.1 --port "${PORT:-8080}"
