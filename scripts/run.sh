#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds GridTwin (release) and runs the main job: the GUI on
# the reference site when there is a display, otherwise a headless demo (a year of the reference
# site with and without peak shaving, and a screenshot of the console rendered offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
bin=build/release/app
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/gui/gridtwin" "$@"
fi
echo "No display: headless demo."
"$bin/cli/gridtwin-cli" simulate --site demo --compare
mkdir -p out
"$bin/cli/gridtwin-cli" simulate --site demo --from 2025-06-01 --to 2025-06-08 --step 60 --out out/reference-week.csv >/dev/null
echo "Wrote out/reference-week.csv (one week at 1-minute steps, time-series CSV format)."
if [ -x "$bin/gui/gridtwin" ]; then
  QT_QPA_PLATFORM=offscreen "$bin/gui/gridtwin" --screenshot out/console.png --after 3600 && echo "Wrote out/console.png (the operator console after one simulated hour)."
fi
