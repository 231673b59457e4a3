#!/usr/bin/env bash
# Installs what GridTwin needs to build, test, run and package on Debian 12 (run as root).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl1-mesa-dev libvulkan-dev
  libboost-dev libsqlite3-dev sqlite3 libmodbus-dev nlohmann-json3-dev libhowardhinnant-date-dev tzdata
  xvfb xauth poppler-utils qpdf fonts-noto-cjk fonts-dejavu-core appstream desktop-file-utils dpkg-dev
  librsvg2-bin
  clang-format clang-tidy
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
