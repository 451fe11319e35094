#!/usr/bin/env bash
# Screenshots for people to look at: the release build in every language at desktop and phone
# width (see tests/e2e/shoot.mjs). Installs Debian's Noto CJK fonts first when missing, so the
# Traditional Chinese pages show characters rather than empty boxes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q fonts-noto-cjk
fi
node tests/e2e/shoot.mjs "${1:-target/shots}" "${@:2}"
