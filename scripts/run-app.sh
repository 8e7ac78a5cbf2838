#!/usr/bin/env bash
# Installs what is missing, builds, and starts Webhook Studio. Arguments are
# passed to the app (a campaign file to open, for example).
source "$(dirname "$0")/common.sh"

ensure_packages "$WEBHOOKSTUDIO_ROOT/scripts/packages-build.txt"
configure_and_build webhook-studio webhook-studio-cli
exec "$WEBHOOKSTUDIO_BUILD_DIR/bin/webhook-studio" "$@"
