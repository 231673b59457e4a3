#!/usr/bin/env bash
# Renders the hicolor PNG icon sizes from resources/icons/gridtwin.svg into installer/icons/
# (committed; re-run after changing the SVG). Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256 512; do
  dir="installer/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" --output "$dir/gridtwin.png" resources/icons/gridtwin.svg
done
echo "make-icons: wrote installer/icons/hicolor/*/apps/gridtwin.png (the SVG installs as it is)"
