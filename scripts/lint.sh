#!/usr/bin/env bash
# Style and static checks that CI runs (scripts/test.sh): clang-format on the files listed in
# scripts/format-files.txt, and the short .clang-tidy check list on the simulation core and the
# controllers (about 30 s of CPU). Needs a configured build with compile_commands.json: pass its
# directory (default build/asan).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build/asan}"
mapfile -t files < <(grep -v -e '^#' -e '^[[:space:]]*$' scripts/format-files.txt)
if ! clang-format --dry-run --Werror "${files[@]}"; then
  echo "lint: the files above are not clang-formatted (run clang-format -i on them)" >&2
  exit 1
fi
echo "lint: ${#files[@]} listed files are clang-formatted"
if [ ! -f "$build_dir/compile_commands.json" ]; then
  echo "lint: $build_dir/compile_commands.json is missing (configure the build first)" >&2
  exit 1
fi
tidy_files=(core/sim/*.cpp core/control/*.cpp)
# GCC-only warning flags in the compile commands are not clang-tidy's business.
clang-tidy -p "$build_dir" --quiet --warnings-as-errors='*' \
  --extra-arg=-Wno-unknown-warning-option "${tidy_files[@]}"
echo "lint: clang-tidy found nothing in ${#tidy_files[@]} files"
