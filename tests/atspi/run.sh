#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a screen reader hears: starts DOSSIER on a copy of the sample corpus under Xvfb, with a
# session bus and the AT-SPI bus, and runs CHECK (Python, pyatspi) against the window it shows.
#   run.sh DOSSIER SAMPLE_DIR CHECK
# Exits 77 (skipped) without the AT-SPI pieces (at-spi2-core, python3-pyatspi, dbus-daemon, xvfb).
set -euo pipefail
dossier=$1 sample=$2 check=$3
launcher=/usr/libexec/at-spi-bus-launcher
if ! command -v xvfb-run >/dev/null || ! command -v dbus-run-session >/dev/null || [ ! -x "$launcher" ] \
    || ! python3 -c 'import pyatspi' 2>/dev/null; then
    echo "SKIP: needs xvfb, dbus-daemon, at-spi2-core and python3-pyatspi"
    exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$sample" "$tmp/sample"
rm -rf "$tmp/sample/.dossier" # a database (and lock) a session of the app left in the source tree
# The real platform plugin (the offscreen one has no AT-SPI bridge), the bridge on without a desktop
# asking for it, and settings of its own.
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
    "$0" --launch-immediately & bus=$!
    "$1" "$2" & app=$!
    status=0
    python3 "$3" || status=$?
    if ! kill -0 "$app" 2>/dev/null; then
        echo "Dossier was no longer running when the check ended"
        status=1
    fi
    kill "$app" "$bus" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    exit "$status"
' "$launcher" "$dossier" "$tmp/sample" "$check" 2> >(grep -v -e dbus-daemon -e 'fd limit' -e SpiRegistry >&2)
