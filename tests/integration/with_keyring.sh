#!/usr/bin/env bash
# Runs a command against a real, private Secret Service: a throwaway HOME and
# XDG directories, a private D-Bus session (dbus-run-session) and an unlocked
# gnome-keyring-daemon. Usage: with_keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${STRATA_IN_KEYRING_SESSION:-}" ]; then
    scratch=$(mktemp -d /tmp/strata-keyring-XXXXXX)
    export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
           XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run" STRATA_SCRATCH="$scratch"
    mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    export STRATA_IN_KEYRING_SESSION=1
    set +e
    dbus-run-session -- "$0" "$@" 2> >(grep -v -E "Unable to set up transient service directory|Failed to set fd limit" >&2)
    rc=$?
    set -e
    rm -rf "$scratch"
    exit $rc
fi
# inside the private session
printf 'keyring-unlock-pw' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
cleanup() { pkill -u "$(id -u)" -f "gnome-keyring-daemon.*--components=secrets" -s 0 2>/dev/null || true; }
trap cleanup EXIT
"$@"
