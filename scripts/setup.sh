#!/usr/bin/env bash
# Installs what building and testing Waymark needs, and skips what is already there.
# Every piece comes from a package registry this machine reaches (crates.io, npm, Debian):
# nothing is downloaded from anywhere else, so it works on a fresh machine of this kind.
# Versions are the ones ../shared/TOOLCHAIN.md verified; they must match Cargo.lock and Trunk.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # == wasm-bindgen in Cargo.lock and [tools] in Trunk.toml
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  # 0.22 needs a newer rustc than this machine's. A debug build of Trunk with no default
  # features builds in a third of the time and produces byte-identical output (TOOLCHAIN.md).
  step "trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --debug --no-default-features
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  # --locked fails here (a locked dependency is missing from the registry).
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The splitter of the lazily loaded sections, patched (tools/wasm-split-cli/README.md): built
# from the repository into target/tools, again whenever its sources change.
SPLIT_STAMP="$(cat tools/wasm-split-cli/Cargo.lock tools/wasm-split-cli/Cargo.toml tools/wasm-split-cli/src/* | sha256sum | cut -c1-16)"
if [ ! -x target/tools/bin/wasm-split-cli ] || [ "$(cat target/tools/stamp 2>/dev/null)" != "$SPLIT_STAMP" ]; then
  step "wasm-split-cli (patched, tools/; about 3 minutes)"
  CARGO_TARGET_DIR=target/tools/build cargo install --locked --path tools/wasm-split-cli --root target/tools --force
  echo "$SPLIT_STAMP" > target/tools/stamp
fi
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  step "chromium and chromedriver from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
fi

# npm packages: Playwright (driving Debian's Chromium, never downloading one), axe-core,
# binaryen, whose wasm-opt is the only one that parses a Yew 0.23 module, and workbox-build,
# which lists the build in the service worker (scripts/precache.mjs). A node_modules that
# predates one of them (a checkout older than the lock file) is brought up to date.
if [ -f tests/e2e/package.json ]; then
  if [ ! -d tests/e2e/node_modules ] || [ ! -d tests/e2e/node_modules/workbox-build ] \
    || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    step "npm packages (tests/e2e)"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

if [ -f Cargo.lock ]; then
  # Trunk builds offline; fetch the crates once so that works on a fresh clone.
  cargo fetch --locked -q 2>/dev/null || cargo fetch -q
fi
