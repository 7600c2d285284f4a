#!/usr/bin/env bash
# Smoke-test the Linux bundle and .deb built by build.sh:
#   1. the bundled `ipdesk --self-test` (offscreen window, sandbox calls, keyring backends, HTTPS/CA bundle);
#   2. again inside a D-Bus session with gnome-keyring: the bundle stores and reads a secret in the
#      real Secret Service (--self-test fails if no usable keyring is active there);
#   3. dpkg -i the .deb, `ipdesk --self-test` from PATH, the desktop entry and icon in place, dpkg -r.
set -euo pipefail
OUT=${1:?usage: smoke.sh OUTDIR}
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
export QT_QPA_PLATFORM=offscreen
BUNDLE="$OUT/dist/ipdesk/ipdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "smoke 1/3: bundled self-test"
env -u DBUS_SESSION_BUS_ADDRESS IPDESK_DATA_DIR="$work/data1" "$BUNDLE" --self-test

echo "smoke 2/3: bundled self-test in a D-Bus session with gnome-keyring"
mkdir -p "$work/home/run" && chmod 700 "$work/home/run"
HOME="$work/home" XDG_RUNTIME_DIR="$work/home/run" XDG_DATA_HOME="$work/home/share" IPDESK_DATA_DIR="$work/data2" \
  dbus-run-session -- sh -c '
    printf "smoke-login" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0" --self-test --require-keyring' "$BUNDLE"

echo "smoke 3/3: install the .deb, run from PATH, remove"
DEB=$(ls "$OUT"/ipdesk_*.deb | head -n1)
$SUDO dpkg -i "$DEB" >/dev/null
test -x /opt/ipdesk/ipdesk
test -f /usr/share/applications/ipdesk.desktop
test -f /usr/share/icons/hicolor/256x256/apps/ipdesk.png
[ "$(command -v ipdesk)" = "/usr/bin/ipdesk" ]
env -u DBUS_SESSION_BUS_ADDRESS IPDESK_DATA_DIR="$work/data3" ipdesk --self-test
$SUDO dpkg -r ipdesk >/dev/null
left=$(ls -d /opt/ipdesk /usr/bin/ipdesk /usr/share/applications/ipdesk.desktop 2>/dev/null || true
      find /usr/share/icons/hicolor -name 'ipdesk.*' 2>/dev/null)
status=$(dpkg-query -W -f='${db:Status-Status}' ipdesk 2>/dev/null || echo not-installed)
if [ -n "$left" ] || [ "$status" != "not-installed" ]; then
  echo "smoke: dpkg -r left the package ($status) or files behind: $left" >&2; exit 1
fi
echo "smoke: all passed"
