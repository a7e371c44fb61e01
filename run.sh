#!/usr/bin/env bash
# Builds Steward and opens the console on a demo workspace (created on first run).
# Without a display it says so and prints the same workspace from the command line.
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-packages.sh
cmake --preset dev >/dev/null
cmake --build --preset dev

cli=build/dev/app/steward-cli
demo="${XDG_DATA_HOME:-$HOME/.local/share}/Steward/Steward/demo.steward"
workspace="${STEWARD_WORKSPACE:-$demo}"
# The demo workspace's keys, and every demo operator's signing key, are encrypted under a
# passphrase published here: it is for trying Steward out, never for real agents.
if [ "$workspace" = "$demo" ] && [ -z "${STEWARD_PASSPHRASE:-}" ]; then
    export STEWARD_PASSPHRASE="steward demo"
    export STEWARD_NO_KEYCHAIN=1
    echo "Demo passphrase (the workspace and your signing key): $STEWARD_PASSPHRASE"
fi
if [ ! -f "$workspace" ]; then
    echo "Creating a demo workspace at $workspace"
    "$cli" --workspace "$workspace" demo --agents "${STEWARD_DEMO_AGENTS:-240}"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/dev/app/steward --workspace "$workspace" "$@"
fi

echo
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the console cannot open."
echo "Here is the headless equivalent: the same workspace through steward-cli."
echo
"$cli" --workspace "$workspace" summary
echo
"$cli" --workspace "$workspace" agent list --sort risk --desc --limit 15
echo
echo "Requests waiting for a decision, riskiest first:"
"$cli" --workspace "$workspace" request list --limit 10
echo
echo "More: $cli --workspace $workspace --help"
