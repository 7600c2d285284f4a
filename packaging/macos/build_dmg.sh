#!/usr/bin/env bash
# Build "IP Desk.app" with PyInstaller and wrap it in a .dmg (run on macOS).
#
# Signing: keychain items are tied to the code signature of the app that wrote them. An unsigned
# or differently signed build cannot read the secrets an earlier build stored, and macOS asks the
# user again. Sign EVERY build with the same Developer ID (set CODESIGN_IDENTITY), with the hardened
# runtime, and notarize the .dmg for distribution (set NOTARY_PROFILE to a notarytool keychain profile).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/build/macos}
python3 -m venv "$OUT/venv"
"$OUT/venv/bin/pip" install -q "$ROOT" pyinstaller
"$OUT/venv/bin/pyinstaller" --noconfirm --clean --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/packaging/ipdesk.spec"
APP="$OUT/dist/IP Desk.app"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi
"$APP/Contents/MacOS/ipdesk" --self-test
DMG="$OUT/IPDesk.dmg"
rm -f "$DMG"
hdiutil create -volname "IP Desk" -srcfolder "$APP" -ov -format UDZO "$DMG"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"; fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "dmg: $DMG"
