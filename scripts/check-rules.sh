#!/usr/bin/env bash
# House rules that a tool checks: core/ stays free of Qt; sources are clang-formatted.
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rnE '#[[:space:]]*include[[:space:]]*<Q' core/; then
  echo "check-rules: core/ must not include Qt headers (above)" >&2
  exit 1
fi
echo "check-rules: core/ is Qt-free"
