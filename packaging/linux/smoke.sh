#!/usr/bin/env bash
# Smoke-test the Linux bundle and .deb built by build.sh:
#   1. the bundled `ipdesk --self-test` (offscreen window, sandbox calls, keyring backends, HTTPS/CA bundle);
#   2. again inside a D-Bus session with gnome-keyring: the bundle stores and reads a secret in the
#      real Secret Service (--self-test fails if no usable keyring is active there);
#   3. dpkg -i the .deb, `ipdesk --self-test` from PATH, the desktop entry and icon in place, dpkg -r.
# Steps 1 and 3 also write reports on the built-in sandbox (a Chinese PDF that must embed the bundled CJK font,
# an .xlsx with its charts) and check the printing setup: the CUPS print plugin is bundled and finds the
# system's libcups.so.2, no libcups is bundled, and the .deb depends on libcups2.
set -euo pipefail
OUT=${1:?usage: smoke.sh OUTDIR}
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
export QT_QPA_PLATFORM=offscreen
BUNDLE="$OUT/dist/ipdesk/ipdesk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'CN110650438A\nUS10230447B2\nUS9800501B2\nCN116420141A\n' >"$work/patents.txt"  # demo patents

fail() { echo "smoke: $*" >&2; exit 1; }

# reports EXE DIR: `report classify` to a Chinese PDF and an .xlsx in DIR, from the bundle EXE on the sandbox.
reports() {
  local exe=$1 data=$2/data pdf="$2/report.pdf" xlsx="$2/report.xlsx"
  mkdir -p "$2"
  env -u DBUS_SESSION_BUS_ADDRESS IPDESK_DATA_DIR="$data" \
    "$exe" --demo report classify --input "$work/patents.txt" --out "$pdf" --lang zh
  [ -s "$pdf" ] && [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "no PDF report at $pdf"
  # Qt writes the font dictionaries uncompressed; the CI machine has no Droid font, so this is the bundled one
  grep -aq '/BaseFont /DroidSansFallback' "$pdf" || fail "the Chinese PDF report does not embed the bundled CJK font"
  env -u DBUS_SESSION_BUS_ADDRESS IPDESK_DATA_DIR="$data" \
    "$exe" --demo report classify --input "$work/patents.txt" --out "$xlsx" --lang en
  [ "$(head -c 2 "$xlsx")" = "PK" ] || fail "no .xlsx report at $xlsx"
  echo "smoke: reports written: $(stat -c %s "$pdf") bytes PDF (bundled CJK font embedded), $(stat -c %s "$xlsx") bytes .xlsx"
}

# printing EXE_DIR: the CUPS print plugin is there and loads the system's libcups.so.2, and no libcups is bundled.
printing() {
  local internal="$1/_internal" plugin="$1/_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
  [ -f "$plugin" ] || fail "the CUPS print plugin is missing from $1"
  ! find "$1" -name 'libcups.so*' | grep -q . || fail "a libcups is bundled in $1 (the system's must be used)"
  local cups
  cups=$(LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$plugin" | awk '$1 == "libcups.so.2" {print $3}')
  case "$cups" in
    /lib/* | /usr/lib/*) echo "smoke: print plugin uses the system's $cups" ;;
    *) fail "the print plugin does not find the system's libcups.so.2 (got '${cups:-not found}')" ;;
  esac
}

echo "smoke 1/3: bundled self-test"
env -u DBUS_SESSION_BUS_ADDRESS IPDESK_DATA_DIR="$work/data1" "$BUNDLE" --self-test
reports "$BUNDLE" "$work/reports1"
printing "$(dirname "$BUNDLE")"

echo "smoke 2/3: bundled self-test in a D-Bus session with gnome-keyring"
mkdir -p "$work/home/run" && chmod 700 "$work/home/run"
HOME="$work/home" XDG_RUNTIME_DIR="$work/home/run" XDG_DATA_HOME="$work/home/share" IPDESK_DATA_DIR="$work/data2" \
  dbus-run-session -- sh -c '
    printf "smoke-login" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0" --self-test --require-keyring' "$BUNDLE"

echo "smoke 3/3: install the .deb, run from PATH, remove"
DEB=$(ls "$OUT"/ipdesk_*.deb | head -n1)
depends=$(dpkg-deb -f "$DEB" Depends)
grep -Eq '(^|, )libcups2($|[ ,])' <<<"$depends" || fail "the .deb ships the print plugin but does not depend on libcups2: $depends"
$SUDO dpkg -i "$DEB" >/dev/null
test -x /opt/ipdesk/ipdesk
test -f /usr/share/applications/ipdesk.desktop
test -f /usr/share/icons/hicolor/256x256/apps/ipdesk.png
[ "$(command -v ipdesk)" = "/usr/bin/ipdesk" ]
env -u DBUS_SESSION_BUS_ADDRESS IPDESK_DATA_DIR="$work/data3" ipdesk --self-test
reports ipdesk "$work/reports3"
printing /opt/ipdesk
$SUDO dpkg -r ipdesk >/dev/null
left=$(ls -d /opt/ipdesk /usr/bin/ipdesk /usr/share/applications/ipdesk.desktop 2>/dev/null || true
      find /usr/share/icons/hicolor -name 'ipdesk.*' 2>/dev/null)
status=$(dpkg-query -W -f='${db:Status-Status}' ipdesk 2>/dev/null || echo not-installed)
if [ -n "$left" ] || [ "$status" != "not-installed" ]; then
  echo "smoke: dpkg -r left the package ($status) or files behind: $left" >&2; exit 1
fi
echo "smoke: all passed"
