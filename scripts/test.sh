#!/usr/bin/env bash
# Runs every test layer of Waymark and ends with one line "N passed, N failed" summing them:
#   1. checks: cargo fmt --check, cargo clippy -D warnings (native and wasm32), one count each
#   2. native: cargo test (domain, storage rules, i18n completeness, architecture rules)
#   3. browser: wasm-bindgen-test in headless Chromium (real localStorage, components)
#   4. end to end: the release build (dist/) driven by Playwright in Debian's Chromium, and the
#      first-visit size budget of that same build (scripts/size.sh --no-build), one check
# Installs whatever is missing first (scripts/setup.sh). Exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
source scripts/env.sh

LOGS="target/test-logs"
mkdir -p "$LOGS"
PASSED=0
FAILED=0
SUMMARY=()

layer() { printf '\n==== %s\n' "$*"; }

# A check that passes or fails as a whole.
check() {
  local name="$1"; shift
  if "$@" >"$LOGS/$name.log" 2>&1; then
    PASSED=$((PASSED + 1)); SUMMARY+=("$name: passed")
  else
    FAILED=$((FAILED + 1)); SUMMARY+=("$name: FAILED (see $LOGS/$name.log)")
    tail -n 40 "$LOGS/$name.log"
  fi
}

# Adds up cargo's "test result: ok. N passed; M failed" lines; a run that printed none failed.
cargo_counts() {
  local name="$1" log="$2" status="$3" p f
  p=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
  f=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed.*/\2/' | awk '{s+=$1} END {print s+0}')
  p=${p:-0}; f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # did not compile, or the runner failed
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  SUMMARY+=("$name: $p passed, $f failed")
}

layer "checks: rustfmt and clippy"
check fmt cargo fmt --check
check clippy cargo clippy --all-targets -- -D warnings
check clippy-wasm cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

layer "native tests (cargo test)"
cargo test --no-fail-fast 2>&1 | tee "$LOGS/native.log"
cargo_counts native "$LOGS/native.log" "${PIPESTATUS[0]}"

layer "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test browser 2>&1 | tee "$LOGS/browser.log"
cargo_counts browser "$LOGS/browser.log" "${PIPESTATUS[0]}"

layer "end-to-end tests (release build in Chromium)"
if bash scripts/build.sh >"$LOGS/build.log" 2>&1; then
  check size bash scripts/size.sh --no-build
  grep -E '^first visit:' "$LOGS/size.log"
  (cd tests/e2e && node --test --test-concurrency=1 --test-reporter=tap specs/) 2>&1 | tee "$LOGS/e2e.log" | grep -E '^(not )?ok |^# (pass|fail)'
  status=${PIPESTATUS[0]}
  p=$(grep -E '^# pass ' "$LOGS/e2e.log" | awk '{print $3}'); f=$(grep -E '^# fail ' "$LOGS/e2e.log" | awk '{print $3}')
  p=${p:-0}; f=${f:-0}
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  grep -A12 -E '^not ok ' "$LOGS/e2e.log" | head -n 80
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); SUMMARY+=("e2e: $p passed, $f failed")
else
  tail -n 40 "$LOGS/build.log"
  FAILED=$((FAILED + 1)); SUMMARY+=("release build: FAILED (see $LOGS/build.log); e2e not run")
fi

layer "summary"
printf '%s\n' "${SUMMARY[@]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
