#!/usr/bin/env bash
# The benchmark suite in one command: installs what is missing (wrk, the npm
# peers), builds, runs every benchmark and prints one table with each figure
# beside its reference from the same run. See docs/performance.md.
#
#   bench/run-all.sh [--quick]
source "$(dirname "$0")/../scripts/common.sh"

ensure_packages "$WEBHOOKSTUDIO_ROOT/scripts/packages-build.txt" \
    "$WEBHOOKSTUDIO_ROOT/scripts/packages-bench.txt"
ensure_node_peers
configure_and_build webhook-studio webhook-studio-cli minimal-window-benchmark \
    history-memory-benchmark render-benchmark large-response-benchmark
exec python3 "$WEBHOOKSTUDIO_ROOT/bench/run_all.py" "$WEBHOOKSTUDIO_BUILD_DIR" "$@"
