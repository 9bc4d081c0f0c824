#!/usr/bin/env bash
# Build KuntaSome's Linux downloads and try them as a user would.
#
#   bash packaging/linux/build-and-smoke-test.sh [--install]
#
# 1. a build environment (build/venv: the project at its pinned versions and PyInstaller,
#    packaging/constraints*.txt) and the frozen application (packaging/kuntasome.spec);
# 2. build/dist/kuntasome-VERSION-linux-ARCH.tar.gz (unpack anywhere, run kuntasome/kuntasome)
#    and build/dist/kuntasome_VERSION_ARCH.deb (into /opt/kuntasome, with /usr/bin/kuntasome,
#    the menu entry, the icons and the AppStream description; its dependencies are the system
#    libraries the bundle links to, found with ldd and dpkg -S);
# 3. the .deb's menu entry and AppStream file validated, then the package installed — with
#    --install really, by apt (as root or with sudo; removed again at the end), otherwise
#    unpacked into build/installed — and the installed program run: --version, the window's
#    self-test (--smoke-test) on a new data folder and on the demo town, check, a report PDF.
#    The deeper checks of what it makes (PDF/UA and PDF/A, the archive bag, the keyring)
#    are tests/packaging/test_installed.py, run with KUNTASOME_INSTALLED=<program>.
#
# Prints the sizes and the cold start of the frozen program against the same code in a venv.
# The program's path is written to build/dist/installed-program for the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
INSTALL=0
[ "${1:-}" = "--install" ] && INSTALL=1
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

say() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

say "build environment"
[ -x build/venv/bin/python ] || "${PYTHON:-python3}" -m venv build/venv
PIP_CONSTRAINT="$ROOT/packaging/constraints.txt" build/venv/bin/python -m pip install -q \
  --disable-pip-version-check . -r packaging/constraints-build.txt
VERSION=$(build/venv/bin/python -c 'import kuntasome; print(kuntasome.__version__)')
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
MACHINE=$(uname -m)

say "freezing KuntaSome $VERSION"
start=$(date +%s)
build/venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath build/pyinstaller/dist --workpath build/pyinstaller/work packaging/kuntasome.spec
BUNDLE=build/pyinstaller/dist/kuntasome
echo "frozen in $(( $(date +%s) - start )) s"
mkdir -p build/dist

say "tar.gz"
TARBALL=build/dist/kuntasome-$VERSION-linux-$MACHINE.tar.gz
tar -C build/pyinstaller/dist -czf "$TARBALL.part" kuntasome
mv "$TARBALL.part" "$TARBALL"

say ".deb"
STAGE=build/deb/kuntasome_${VERSION}_$ARCH
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
  "$STAGE/usr/share/doc/kuntasome"
cp -a "$BUNDLE" "$STAGE/opt/kuntasome"
ln -s ../../opt/kuntasome/kuntasome "$STAGE/usr/bin/kuntasome"
cp packaging/linux/fi.kuntasome.KuntaSome.desktop "$STAGE/usr/share/applications/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%F)/" \
  packaging/linux/fi.kuntasome.KuntaSome.metainfo.xml \
  > "$STAGE/usr/share/metainfo/fi.kuntasome.KuntaSome.metainfo.xml"
cp resources/icons/kuntasome.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/kuntasome.svg"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x$size/apps"
  cp "build/icons/kuntasome-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x$size/apps/kuntasome.png"
done
cp resources/fonts/OFL.txt "$STAGE/usr/share/doc/kuntasome/OFL-NotoSans.txt"

# The system libraries the bundle links to and their packages. What the bundle holds itself
# (found at run time through the search path PyInstaller's launcher sets) is not one of them.
bundled=$(find "$BUNDLE" -name '*.so*' -printf '%f\n' | sort -u)
libraries=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name kuntasome \) -print0 \
  | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 ldd 2>/dev/null \
  | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u \
  | while read -r name path; do
      grep -qxF "$name" <<<"$bundled" || case $path in "$ROOT"/*) ;; *) echo "$path" ;; esac
    done | sort -u)
packages=$(for library in $libraries; do
  dpkg -S "$library" 2>/dev/null || dpkg -S "$(readlink -f "$library")" 2>/dev/null || true
done | cut -d: -f1 | sort -u)
# The window's X11 platform plugin loads these at run time (Qt's list for xcb).
packages=$(printf '%s\n' $packages libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 \
  libxcb-keysyms1 libxcb-shape0 fontconfig | grep -vx libc6 | sort -u)
glibc=$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')
depends="libc6 (>= $glibc)"
for package in $packages; do depends="$depends, $package"; done
cat > "$STAGE/DEBIAN/control" <<EOF
Package: kuntasome
Version: $VERSION
Architecture: $ARCH
Maintainer: KuntaSome <kuntasome@example.invalid>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: $depends
Recommends: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Description: social media register, calendar and moderation log for a municipality
 KuntaSome keeps a municipality's channel register, posting calendar, tamper-evident
 moderation log and statistics in one local file, and makes accessible PDF reports and
 archive snapshots.
EOF
echo "Depends: $depends"
DEB=build/dist/kuntasome_${VERSION}_$ARCH.deb
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB.part" >/dev/null
mv "$DEB.part" "$DEB"

say "validating the menu entry and the AppStream description"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$STAGE/usr/share/applications/fi.kuntasome.KuntaSome.desktop"
else
  echo "desktop-file-validate not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$STAGE/usr/share/metainfo/fi.kuntasome.KuntaSome.metainfo.xml"
else
  echo "appstreamcli not installed (appstream): skipped"
fi

say "installing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ "$INSTALL" = 1 ] && [ -n "$SUDO" ] && ! sudo -n true 2>/dev/null; then
  echo "no root and no sudo: the package is unpacked instead of installed"
  INSTALL=0
fi
apt() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }
if [ "$INSTALL" = 1 ]; then
  # Installed, removed (nothing may stay behind in /opt) and installed again for the tests;
  # apt resolves the Depends line, so a dependency the bundle lacks shows here.
  apt install -y -qq "$ROOT/$DEB" >/dev/null
  [ -x /opt/kuntasome/kuntasome ] && [ -L /usr/bin/kuntasome ] || fail "installed files"
  apt remove -y -qq kuntasome >/dev/null
  [ ! -e /opt/kuntasome ] && [ ! -e /usr/bin/kuntasome ] || fail "files left after removal"
  apt install -y -qq "$ROOT/$DEB" >/dev/null
  PROGRAM=/usr/bin/kuntasome
  echo "installed (remove with: apt-get remove kuntasome)"
else
  rm -rf build/installed
  dpkg-deb -x "$DEB" build/installed
  PROGRAM=$ROOT/build/installed/usr/bin/kuntasome
fi
echo "$PROGRAM" > build/dist/installed-program

say "smoke test of $PROGRAM"
scratch=$(mktemp -d)
# The default data folder: the per-user application data folder.
HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" \
  "$PROGRAM" init --organisation Testby --country SE >/dev/null || fail "init"
[ -s "$scratch/home/.local/share/KuntaSome/kuntasome.sqlite" ] || fail "the default data folder"
rm -rf "$scratch"
bash packaging/smoke-test.sh "$PROGRAM" "$VERSION"

say "sizes"
ls -l --block-size=K "$TARBALL" "$DEB" | awk '{print $5, $9}'
echo "installed: $(du -sh "$STAGE/opt/kuntasome" | cut -f1)"
say "done: $TARBALL $DEB"
