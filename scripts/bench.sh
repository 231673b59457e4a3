#!/usr/bin/env bash
# Builds the release preset and runs every benchmark in tests/bench, printing the figures that the
# README's performance table reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
for b in build/release/tests/bench/bench_*; do
  [ -x "$b" ] || continue
  echo "== $(basename "$b")"
  "$b"
done
