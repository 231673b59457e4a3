#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and passes the tests: ASan + UBSan build with warnings as
# errors, every QtTest executable (GUI tests offscreen), the house-rule checks, and clang-format /
# clang-tidy (scripts/lint.sh), and the Debian package installed and exercised (scripts/package-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/check-rules.sh
cmake --preset asan
bash scripts/lint.sh build/asan
cmake --build --preset asan
ctest --preset asan --output-on-failure
# The Debian package: release build without tests, installed with apt-get, the installed programs
# run (white paper of the reference site, offscreen screenshots).
bash scripts/package-check.sh
