#!/usr/bin/env bash
# Runs each libFuzzer harness of BUILD_DIR (configured with
# -DWEBHOOKSTUDIO_FUZZ=ON) for SECONDS over its seeds from tests/data, two at
# a time, and fails when one finds a crash, a sanitizer error, a leak or a
# timeout. Inputs that failed are kept in BUILD_DIR/fuzz-artifacts/.
#   scripts/run-fuzzers.sh BUILD_DIR [SECONDS] [-- extra libFuzzer flags]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS] [-- FLAGS]}" && pwd)"
shift
seconds=60
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
    seconds=$1
    shift
fi
[ "${1:-}" = "--" ] && shift
extra=("$@")

data="$root/tests/data"
declare -A seeds=(
    [DocumentLoaderFuzzer]="$data/valid $data/invalid $root/resources/samples"
    [TemplateFuzzer]="$data/fuzz/template"
    [CurlImportFuzzer]="$data/curl"
    [ResponseKeyFuzzer]="$data/fuzz/response-key"
    [HttpResponseFuzzer]="$data/fuzz/http-response"
)
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"

run() {
    local name=$1 corpus log
    corpus="$build/fuzz-corpus/$name"
    log="$build/fuzz-$name.log"
    mkdir -p "$corpus"
    # shellcheck disable=SC2086
    if "$build/bin/$name" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "${extra[@]}" \
        "$corpus" ${seeds[$name]} >"$log" 2>&1; then
        printf '%-22s %12s runs  %6s corpus inputs  ok\n' "$name" \
            "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")" \
            "$(find "$corpus" -type f | wc -l)"
    else
        echo "$name FAILED — the last lines of $log:"
        tail -n 40 "$log"
        return 1
    fi
}

status=0
names=(DocumentLoaderFuzzer TemplateFuzzer CurlImportFuzzer ResponseKeyFuzzer HttpResponseFuzzer)
for ((i = 0; i < ${#names[@]}; i += 2)); do
    pids=()
    for name in "${names[@]:i:2}"; do
        run "$name" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || status=1
    done
done
exit $status
