#!/usr/bin/env bash
# Installs the system programs the test suite uses for real (no mocks), from Debian's packages:
#   chromium          headless browser for the HTML report checks and the web app (driven by playwright-core)
#   mariadb-server    a real MariaDB server for the legacy SPBE database importer (tests start their own, on a
#                     private socket with a throw-away data directory)
#   poppler-utils     pdftotext / pdftoppm to read back and render the PDF reports
#   fonts-*           fonts so that Chromium and the screenshots render Indonesian text
# Run as root (or with sudo): `bash scripts/setup-system.sh`. `npm test` runs it by itself when a program is
# missing and it can (root with apt-get); otherwise it stops and prints this command.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo bash "$0" "$@"; fi
  echo "setup-system: run as root: sudo bash scripts/setup-system.sh" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system: apt-get not found; install chromium, mariadb-server and poppler-utils with your package manager" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  chromium mariadb-server poppler-utils fonts-dejavu-core fonts-liberation >/dev/null
# Debian's package may start a system-wide MariaDB service; the tests never use it (they run their own server).
echo "setup-system: chromium, mariadb-server, poppler-utils installed"
