#!/usr/bin/env bash
# The shared-state tests start their own redis-server (a throwaway one per test file, on a free
# loopback port). Installs Debian's redis-server when it is missing and we are root with apt.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's redis-server for the shared-state tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  # Only the binary is wanted: the tests start and stop their own servers.
  if command -v service >/dev/null 2>&1; then service redis-server stop >/dev/null 2>&1 || true; fi
  exit 0
fi
echo "redis-server is missing and cannot be installed here (needs root and apt-get): install it, e.g. apt-get install redis-server." >&2
exit 1
