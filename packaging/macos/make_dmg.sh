#!/usr/bin/env bash
# Build Pneumoscan.app and a .dmg on macOS (Apple silicon or Intel):
#   bash packaging/macos/make_dmg.sh
# The one-folder build (dist/Pneumoscan) is wrapped into an .app bundle whose Info.plist takes the
# version from engine/_version.py; hdiutil makes the compressed disk image. Sign and notarise with
# your Developer ID before distributing (codesign --deep --options runtime; xcrun notarytool).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VERSION="$(python3 -c "import re;print(re.search(r'__version__ = \"([^\"]+)\"', open('$ROOT/engine/_version.py').read()).group(1))")"
python3 "$ROOT/packaging/build.py" --cpu-only   # on Apple silicon torch would use MPS; the CPU build is the lean default
APP="$ROOT/dist/Pneumoscan.app"
rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp -R "$ROOT/dist/Pneumoscan/." "$APP/Contents/MacOS/"
sed "s/@VERSION@/$VERSION/g" "$ROOT/packaging/macos/Info.plist.in" > "$APP/Contents/Info.plist"
DMG="$ROOT/dist/Pneumoscan-$VERSION-macos-$(uname -m).dmg"
rm -f "$DMG"
hdiutil create -volname "Pneumoscan $VERSION" -srcfolder "$APP" -ov -format UDZO "$DMG"
echo "built $DMG"
