# Shared by run-app.sh and run-tests.sh: install what is missing, then
# configure and build incrementally. Safe to run again and again.
set -euo pipefail

WEBHOOKSTUDIO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WEBHOOKSTUDIO_BUILD_DIR="${WEBHOOKSTUDIO_BUILD_DIR:-$WEBHOOKSTUDIO_ROOT/build}"

# Installs the packages of the given names unless `command` is already on
# PATH (from any source: Node.js, for one, often comes from elsewhere).
ensure_command() {
    local command=$1
    shift
    command -v "$command" >/dev/null 2>&1 && return 0
    ensure_packages <(printf '%s\n' "$@")
}

# Reads package names from the given lists (one a line, # comments) and
# installs the ones dpkg does not know as installed.
ensure_packages() {
    local missing=() package
    while read -r package; do
        [ -n "$package" ] || continue
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$@")
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Please install as root: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    echo "Installing missing packages: ${missing[*]}"
    if [ -z "${WEBHOOKSTUDIO_APT_UPDATED:-}" ]; then
        "${sudo[@]}" apt-get update -qq
        WEBHOOKSTUDIO_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# The npm packages the tests and benchmarks run as independent peers
# (standardwebhooks, newman), pinned by tests/node/package-lock.json and
# installed again only when the lock file changes.
ensure_node_peers() {
    ensure_command npm nodejs npm
    local node_dir="$WEBHOOKSTUDIO_ROOT/tests/node"
    if ! cmp -s "$node_dir/package-lock.json" "$node_dir/node_modules/.installed-lock.json" 2>/dev/null; then
        npm ci --prefix "$node_dir" --no-audit --no-fund --loglevel=error
        cp "$node_dir/package-lock.json" "$node_dir/node_modules/.installed-lock.json"
    fi
}

# Builds the given targets, or everything (the tests included) when none is
# named.
configure_and_build() {
    local generator=() targets=()
    [ -f "$WEBHOOKSTUDIO_BUILD_DIR/CMakeCache.txt" ] || generator=(-G Ninja)
    [ $# -eq 0 ] || targets=(--target "$@")
    # WEBHOOKSTUDIO_CMAKE_ARGS: more -D options, for a build of another kind
    # (run-sanitizers.sh).
    # shellcheck disable=SC2086
    cmake -S "$WEBHOOKSTUDIO_ROOT" -B "$WEBHOOKSTUDIO_BUILD_DIR" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
        -DWEBHOOKSTUDIO_WARNINGS_AS_ERRORS=ON ${WEBHOOKSTUDIO_CMAKE_ARGS:-}
    cmake --build "$WEBHOOKSTUDIO_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}"
}
