#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite; then the
# same suite again in a Clang build with AddressSanitizer and UBSan, and each
# libFuzzer harness for a bounded time (run-sanitizers.sh). Needs no display:
# the GUI tests run on Qt's offscreen platform. Extra arguments go to ctest
# (for example -R MainWindow). WEBHOOKSTUDIO_SKIP_SANITIZERS=1 leaves out the
# second part, for a quick run while working.
source "$(dirname "$0")/common.sh"

ensure_packages "$WEBHOOKSTUDIO_ROOT/scripts/packages-build.txt" \
    "$WEBHOOKSTUDIO_ROOT/scripts/packages-test.txt"
ensure_node_peers
configure_and_build
(cd "$WEBHOOKSTUDIO_BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure \
    --parallel "$(nproc)" "$@")

if [ "${WEBHOOKSTUDIO_SKIP_SANITIZERS:-0}" != 1 ]; then
    "$WEBHOOKSTUDIO_ROOT/scripts/run-sanitizers.sh" "$@"
fi
