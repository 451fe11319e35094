#!/usr/bin/env bash
# Builds the release app into dist/ (what ships: size-optimised wasm, hashed CSP), split into a
# main module and the lazily loaded parts (feature `split`, src/pages/lazy.rs): rustc keeps its
# relocations (--emit-relocs) for the splitter, and scripts/split.mjs, the first post_build
# step, cuts the modules.
#   scripts/build.sh           the split build (what ships, what the tests drive)
#   scripts/build.sh --plain   one module with every section, no splitter involved: the way
#                              out if the splitter ever fails a release
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
if [ "${1:-}" = "--plain" ]; then
  shift
  exec trunk build --release "$@"
fi
export TRUNK_BUILD_FEATURES=split
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C link-arg=--emit-relocs"
trunk build --release "$@"
