#!/bin/sh
# Runs a command with a real Secret Service of its own: a private D-Bus session bus and a
# gnome-keyring unlocked with a throwaway password, in a throwaway home. Nothing touches the
# user's own keychain, and everything is gone when the command ends.
set -eu
if [ "${STEWARD_IN_SECRET_SERVICE:-}" != 1 ]; then
    STEWARD_IN_SECRET_SERVICE=1 exec dbus-run-session -- "$0" "$@"
fi
home=$(mktemp -d)
trap 'kill "${keyring_pid:-}" 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_RUNTIME_DIR="$home" XDG_DATA_HOME="$home/.local/share"
unset DISPLAY WAYLAND_DISPLAY
eval "$(printf '%s' steward-test | gnome-keyring-daemon --unlock --components=secrets)"
keyring_pid=${GNOME_KEYRING_PID:-}
"$@"
