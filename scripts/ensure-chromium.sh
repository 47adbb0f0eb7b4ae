#!/bin/sh
# Makes sure a Chromium for the browser tests exists. Uses $CHROMIUM_PATH or /usr/bin/chromium; when missing,
# installs Debian's own `chromium` package with apt-get. It never downloads a browser any other way
# (no `npx playwright install`): the tests drive the distribution's Chromium through playwright-core.
set -eu

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: found $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

echo "ensure-chromium: no Chromium at $CHROMIUM; installing Debian's chromium package with apt-get"

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
  echo "ensure-chromium: not root, using sudo"
else
  echo "ensure-chromium: not root and sudo is missing; run as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

echo "ensure-chromium: running ${SUDO:+$SUDO }apt-get update"
$SUDO apt-get update
echo "ensure-chromium: running ${SUDO:+$SUDO }apt-get install -y chromium"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium

if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: installed $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
elif [ -x /usr/bin/chromium ]; then
  echo "ensure-chromium: installed /usr/bin/chromium, but CHROMIUM_PATH points to $CHROMIUM; unset it or fix it" >&2
  exit 1
else
  echo "ensure-chromium: apt-get finished but no Chromium was found at $CHROMIUM" >&2
  exit 1
fi
