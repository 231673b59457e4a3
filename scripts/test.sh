#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and passes the tests: ASan + UBSan build with warnings as
# errors, every QtTest executable (GUI tests offscreen), the house-rule checks, and clang-format /
# clang-tidy (scripts/lint.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/check-rules.sh
cmake --preset asan
bash scripts/lint.sh build/asan
cmake --build --preset asan
ctest --preset asan --output-on-failure
