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
# Panic locations name their source file; the crates' files are named from the registry's
# folder, not from this machine's $CARGO_HOME, so the build is the same byte for byte on any
# machine (the size budgets compare builds) and the shipped paths are short.
remap=""
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  remap="$remap --remap-path-prefix=${registry%/}=crates"
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C link-arg=--emit-relocs$remap"
trunk build --release "$@"
