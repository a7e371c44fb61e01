#!/usr/bin/env bash
# Renders the real console on a fresh demo workspace and saves docs/screenshot.png (the README's).
# Usage: scripts/screenshot.sh [output.png] [extra steward options, e.g. --theme dark --lang de]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshot.png}"
shift || true
[ -x build/dev/app/steward ] || { cmake --preset dev >/dev/null && cmake --build --preset dev; }
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
STEWARD_OPERATOR="${STEWARD_OPERATOR:-iam.admin}" build/dev/app/steward-cli --workspace "$workdir/demo.steward" demo --agents 240 --events 100000 >/dev/null
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$workdir/config" \
    build/dev/app/steward --workspace "$workdir/demo.steward" --screenshot "$out" "$@" 2>/dev/null
echo "saved $out"
