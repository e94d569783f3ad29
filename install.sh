#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: Chromium for the browser tests, libsecret for
# office-addin-debugging's keytar (npm start), LibreOffice Calc (soffice: `consolidate` converts .xls and .ods
# with it, and reports are checked by rendering them), then the npm packages (whose `prepare` step builds the CLI).
set -euo pipefail
cd "$(dirname "$0")"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s libsecret-1-dev >/dev/null 2>&1 || need+=(libsecret-1-dev)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "install.sh: please install with root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
# `npm install` keeps the versions package-lock.json pins; `npm ci` (npm 11) rejects a lock file without the
# other platforms' optional binaries, which npm itself leaves out when it writes the lock on Linux.
npm install --no-audit --no-fund
