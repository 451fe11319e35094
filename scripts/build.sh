#!/usr/bin/env bash
# Builds the release app into dist/ (what ships: size-optimised wasm, hashed CSP).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release "$@"
