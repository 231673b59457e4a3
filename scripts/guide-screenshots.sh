#!/usr/bin/env bash
# Regenerates the screenshots of the user guide (docs/guide/images/) with `gridtwin --screenshot`,
# offscreen. Usage: bash scripts/guide-screenshots.sh [PATH/TO/gridtwin]
# Default program: build/release/app/gui/gridtwin, else the installed /usr/bin/gridtwin.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  for candidate in build/release/app/gui/gridtwin /usr/bin/gridtwin; do
    if [ -x "$candidate" ]; then bin=$candidate; break; fi
  done
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "guide-screenshots: no gridtwin program (build the release preset or install the package)" >&2; exit 1; }
out=docs/guide/images
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

# name, then gridtwin options. One simulated hour after 08:00 UTC on 2024-06-01 (a sunny morning).
shots=(
  "console|--after 3600"
  "console-light|--after 3600 --theme light"
  "console-de|--after 3600 --lang de"
  "console-zh_CN|--after 3600 --lang zh_CN"
  "connection|--screen connection --after 60"
  "workbench|--screen workbench --after 60"
  "workbench-site|--screen workbench:site --after 60"
  "workbench-explanation|--screen workbench:explanation --after 60"
  "workbench-sweep|--screen workbench:sweep --after 60"
  "workbench-devices|--screen workbench:devices --after 60"
  "report|--screen report --after 60"
  "settings|--screen settings --after 60 --profile engineer"
  "settings-de|--screen settings --after 60 --lang de"
)
failed=()
for shot in "${shots[@]}"; do
  name=${shot%%|*}
  read -r -a args <<<"${shot#*|}"
  if "$bin" --screenshot "$out/$name.png" "${args[@]}"; then
    echo "guide-screenshots: $out/$name.png"
  else
    failed+=("$name")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "guide-screenshots: FAILED: ${failed[*]} ($bin)" >&2
  exit 1
fi
