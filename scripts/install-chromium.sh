#!/usr/bin/env bash
# Installs Debian's Chromium for the workbench's browser tests (Playwright drives /usr/bin/chromium;
# no browser build is ever downloaded by Playwright itself). Does nothing when it is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: Chromium is missing and installing it needs root (apt-get install chromium)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core > /dev/null
echo "chromium: $(/usr/bin/chromium --version)"
