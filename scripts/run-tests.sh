#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite. Needs no
# display: the GUI tests run on Qt's offscreen platform. Extra arguments go to
# ctest (for example -R MainWindow).
source "$(dirname "$0")/common.sh"

ensure_packages "$WEBHOOKSTUDIO_ROOT/scripts/packages-build.txt" \
    "$WEBHOOKSTUDIO_ROOT/scripts/packages-test.txt"
# Independent peers the tests check against (the npm standardwebhooks
# package), pinned by tests/node/package-lock.json.
ensure_command npm nodejs npm
node_dir="$WEBHOOKSTUDIO_ROOT/tests/node"
if ! cmp -s "$node_dir/package-lock.json" "$node_dir/node_modules/.installed-lock.json" 2>/dev/null; then
    npm ci --prefix "$node_dir" --no-audit --no-fund --loglevel=error
    cp "$node_dir/package-lock.json" "$node_dir/node_modules/.installed-lock.json"
fi
configure_and_build
cd "$WEBHOOKSTUDIO_BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
