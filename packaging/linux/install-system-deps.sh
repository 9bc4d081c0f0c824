#!/usr/bin/env bash
# System packages for running and testing KuntaSome on Debian or Ubuntu:
# Qt's libraries and fonts (offscreen and under Xvfb), a D-Bus session with gnome-keyring
# (a real Secret Service for the keyring tests), PostgreSQL (team mode, tested for real),
# poppler-utils and qpdf (PDF checks); strip, desktop-file-validate and appstreamcli for the
# Linux installers (packaging/linux/build-and-smoke-test.sh).
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libx11-6 libxcb1 fonts-dejavu-core
  xvfb xauth libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxcb-util1
  dbus gnome-keyring
  postgresql
  poppler-utils qpdf
  binutils desktop-file-utils appstream
)
python3 -m venv --help >/dev/null 2>&1 || packages+=(python3-venv)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  # Wait up to ten minutes for another apt or dpkg (unattended upgrades) to finish, instead of
  # failing at once on its lock.
  wait_for_lock=(-o DPkg::Lock::Timeout="${APT_LOCK_TIMEOUT:-600}")
  $SUDO apt-get "${wait_for_lock[@]}" update -qq
  $SUDO apt-get "${wait_for_lock[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "System packages ready."
