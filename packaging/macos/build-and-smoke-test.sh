#!/usr/bin/env bash
# Build KuntaSome's macOS disk image and try it.
#
#   bash packaging/macos/build-and-smoke-test.sh
#
# Needs Python 3.11+ (the GitHub macOS runners have it). Builds the frozen application and its
# bundle (packaging/kuntasome.spec → build/pyinstaller/dist/KuntaSome.app), puts it in
# build/dist/KuntaSome-VERSION-macos-ARCH.dmg beside a link to /Applications, opens the image,
# copies the app out as a user would and runs it: --version, init + demo + check, moderation
# verify, a report PDF, the window's self-test offscreen.
#
# The image is not signed or notarised (no Developer ID yet): Gatekeeper asks the user to open
# it with Control-click → Open the first time; README.md says so.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
fail() { echo "FAILED: $*" >&2; exit 1; }

[ -x build/venv/bin/python ] || "${PYTHON:-python3}" -m venv build/venv
PIP_CONSTRAINT="$ROOT/packaging/constraints.txt" build/venv/bin/python -m pip install -q \
  --disable-pip-version-check . -r packaging/constraints-build.txt
VERSION=$(build/venv/bin/python -c 'import kuntasome; print(kuntasome.__version__)')
ARCH=$(uname -m)

build/venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath build/pyinstaller/dist --workpath build/pyinstaller/work packaging/kuntasome.spec
APP=build/pyinstaller/dist/KuntaSome.app
[ -d "$APP" ] || fail "the .app bundle"

mkdir -p build/dist
stage=$(mktemp -d)
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
DMG=build/dist/KuntaSome-$VERSION-macos-$ARCH.dmg
rm -f "$DMG"
hdiutil create -quiet -volname "KuntaSome $VERSION" -srcfolder "$stage" -fs HFS+ -format UDZO "$DMG"
rm -rf "$stage"

mount=$(mktemp -d)
hdiutil attach -quiet -nobrowse -readonly -mountpoint "$mount" "$DMG"
installed=$(mktemp -d)
cp -R "$mount/KuntaSome.app" "$installed/"
hdiutil detach -quiet "$mount"
PROGRAM="$installed/KuntaSome.app/Contents/MacOS/kuntasome"

bash packaging/smoke-test.sh "$PROGRAM" "$VERSION"
ls -lh "$DMG"
du -sh "$installed/KuntaSome.app"
rm -rf "$installed"
echo "done: $DMG"
