#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME
# Keyring: a real Secret Service for the keychain tests, in a throwaway home,
# so they never see or touch the keyring of whoever runs them.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/runtime"
dbus-run-session -- sh -c '
    printf "test-only" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$@"
