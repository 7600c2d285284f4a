#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller and wrap it in a .deb.
#   packaging/linux/build.sh [OUTDIR]       (default OUTDIR: build/linux)
# Needs: python3 with venv (and network access to PyPI), dpkg-dev, fakeroot, binutils (objdump).
# Prints the bundle size, the computed Depends and the .deb path and size.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build/linux}
ARCH=$(dpkg --print-architecture)
mkdir -p "$OUT"

# 1. A clean build environment with the app and PyInstaller. The app is installed from a copy of its sources
#    (pyproject, desktop/, resources/) so a stale setuptools build/ folder in the checkout cannot leak in.
VENV="$OUT/venv"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
SRC="$OUT/src"
rm -rf "$SRC" && mkdir -p "$SRC"
cp -a "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/desktop" "$ROOT/resources" "$SRC/"
find "$SRC" -name __pycache__ -prune -exec rm -rf {} +
"$VENV/bin/pip" install -q --disable-pip-version-check "$SRC" "pyinstaller>=6.10"
VERSION=$("$VENV/bin/python" -c "import ipdesk; print(ipdesk.__version__)")  # written once, in ipdesk/__init__.py

# 2. The bundle.
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/ipdesk.spec"
BUNDLE="$OUT/dist/ipdesk"
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1), $(du -sb "$BUNDLE" | cut -f1) bytes)"

# 3. What the bundle takes from the system (the spec leaves X11/xcb, fontconfig, GLib, D-Bus, libstdc++... to
#    the distribution): every library its ELF files link directly (NEEDED) that is not inside it, mapped to
#    Debian packages, and the newest glibc symbol version any of them uses. A library no package provides
#    fails the build.
INTERNAL="$BUNDLE/_internal"
mapfile -t elves < <(find "$BUNDLE" -type f \( -name '*.so*' -o -path "$BUNDLE/ipdesk" \) -print)
ldd_out=$(LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" ldd "${elves[@]}" 2>/dev/null || true)
missing=$(printf '%s\n' "$ldd_out" | awk '/=> not found/{print $1}' | sort -u | tr '\n' ' ')
# Optional Qt plugins (e.g. Wayland EGL) may need libraries this machine lacks: they are skipped at run time.
[ -z "$missing" ] || echo "note: not on this machine (optional plugins only): $missing"
# Printing is not optional: the report dialog's QPrintDialog needs the CUPS print plugin, and the plugin the
# system's libcups.so.2 (libcups2 in Depends). A build machine without it would make a .deb that prints nowhere.
PRINT_PLUGIN="$INTERNAL/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
[ -f "$PRINT_PLUGIN" ] || { echo "error: the CUPS print plugin is not in the bundle" >&2; exit 1; }
print_missing=$(LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" ldd "$PRINT_PLUGIN" | awk '/=> not found/{print $1}')
[ -z "$print_missing" ] || { echo "error: the print plugin needs $print_missing (install libcups2)" >&2; exit 1; }
deps=()
while read -r lib; do
  real=$(readlink -f "$lib")
  owner=""
  for candidate in "$lib" "$real" "/usr$lib" "/usr$real" "${lib#/usr}" "${real#/usr}"; do
    owner=$(dpkg-query -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1) && [ -n "$owner" ] && break
  done
  [ -n "$owner" ] || { echo "error: no Debian package provides $lib" >&2; exit 1; }
  deps+=("$owner")
done < <(
  needed=$(objdump -p "${elves[@]}" 2>/dev/null | awk '$1 == "NEEDED" {print $2}' | sort -u)
  printf '%s\n' "$ldd_out" | awk -v list="$needed" 'BEGIN {n = split(list, a, "\n"); for (i = 1; i <= n; i++) want[a[i]] = 1}
    $2 == "=>" && $3 ~ /^\// && ($1 in want) {print $3}' | grep -v "^$BUNDLE/" | sort -u)
GLIBC=$(objdump -T "${elves[@]}" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n1)
DEPENDS=$(printf '%s\n' "${deps[@]}" | grep -vx libc6 | sort -u | paste -sd, - | sed 's/,/, /g')
DEPENDS="libc6 (>= $GLIBC), $DEPENDS"
echo "depends: $DEPENDS"

# 4. The .deb: /opt/ipdesk (the bundle), /usr/bin/ipdesk (launcher), desktop entry and icons.
PKG="$OUT/deb/ipdesk_${VERSION}_${ARCH}"
rm -rf "$PKG" && mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications"
cp -a "$BUNDLE" "$PKG/opt/ipdesk"
cat > "$PKG/usr/bin/ipdesk" <<'LAUNCH'
#!/bin/sh
exec /opt/ipdesk/ipdesk "$@"
LAUNCH
chmod 755 "$PKG/usr/bin/ipdesk"
install -m 644 "$ROOT/packaging/linux/ipdesk.desktop" "$PKG/usr/share/applications/ipdesk.desktop"
for size in 16 24 32 48 64 128 256; do
  dir="$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir" && install -m 644 "$ROOT/resources/icons/ipdesk-$size.png" "$dir/ipdesk.png"
done
mkdir -p "$PKG/usr/share/icons/hicolor/scalable/apps"
install -m 644 "$ROOT/resources/icons/ipdesk.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/ipdesk.svg"
INSTALLED_KB=$(du -sk "$PKG" | cut -f1)
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: ipdesk
Version: $VERSION
Section: utils
Priority: optional
Architecture: $ARCH
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: gnome-keyring | kwalletmanager, fonts-noto-cjk
Maintainer: IP Desk team <ipdesk@example.invalid>
Description: Desktop workbench for IP analysts (PatSnap Open Platform)
 Classifies patent portfolios into strategic emerging industries, shows patent
 descriptions with a clickable section outline and watches companies for patent
 risk warnings. Secrets are kept in the desktop keyring.
CONTROL
# No maintainer scripts: the desktop database and the icon cache are refreshed by the dpkg triggers of
# desktop-file-utils and the icon theme packages, and without a postrm `dpkg -r` leaves nothing behind.
fakeroot dpkg-deb --build -Zxz "$PKG" "$OUT/ipdesk_${VERSION}_${ARCH}.deb" >/dev/null
echo "deb: $OUT/ipdesk_${VERSION}_${ARCH}.deb ($(du -h "$OUT/ipdesk_${VERSION}_${ARCH}.deb" | cut -f1))"
