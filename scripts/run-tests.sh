#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite. Needs no
# display: the GUI tests run on Qt's offscreen platform. Extra arguments go to
# ctest (for example -R MainWindow).
source "$(dirname "$0")/common.sh"

ensure_packages "$WEBHOOKSTUDIO_ROOT/scripts/packages-build.txt" \
    "$WEBHOOKSTUDIO_ROOT/scripts/packages-test.txt"
ensure_node_peers
configure_and_build
cd "$WEBHOOKSTUDIO_BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
