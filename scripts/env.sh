# Sourced by the other scripts: puts the project's tools on PATH (cargo-installed Trunk and
# wasm-bindgen, the patched wasm-split-cli built from tools/, and the npm binaryen's wasm-opt
# that Trunk.toml pins).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/target/tools/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
