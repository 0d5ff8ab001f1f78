#!/usr/bin/env bash
# Playwright's own browser download cannot work on machines without internet, so the e2e
# suite drives Debian's Chromium. Installs it when missing and we are root with apt.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "No /usr/bin/chromium and no root apt: falling back to Playwright's own Chromium."
npx playwright install chromium
