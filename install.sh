#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: Chromium for the browser tests, LibreOffice (headless) for
# converting .xls/.ods inboxes and for the tests that hold our workbooks to a real reader, libsecret for
# office-addin-debugging's keytar (npm start), then the npm packages (whose `prepare` step builds the CLI).
set -euo pipefail
cd "$(dirname "$0")"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
dpkg -s libsecret-1-dev >/dev/null 2>&1 || need+=(libsecret-1-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "install.sh: please install with root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
# The lock file holds every platform's optional binaries (as `npm install` completes it), so `npm ci` installs exactly
# what it pins and never rewrites it.
npm ci --no-audit --no-fund
