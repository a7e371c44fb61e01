#!/usr/bin/env bash
# Builds Steward with warnings as errors and runs the whole test suite through CTest.
# Exits non-zero on any build error or failed test.
set -euo pipefail
cd "$(dirname "$0")"

preset="${STEWARD_PRESET:-dev}"
scripts/ensure-packages.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" --parallel "$(nproc)" "$@"
