#!/usr/bin/env bash
# Delivery throughput to the local receiver: N deliveries of the sample
# campaign's "Sales chat notifier" sent sequentially and with concurrency 16
# by webhook-studio-cli, beside the same N requests made by one curl process
# with keep-alive and by newman (npm) running an equivalent collection N
# times. Prints one table (and "= key value" lines for bench/run-all.sh);
# asserts nothing.
#
#   bench/throughput.sh [N]        (default 2000; needs a build in build/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="${WEBHOOKSTUDIO_BUILD_DIR:-$root/build}/bin/webhook-studio-cli"
sample="$root/resources/samples/winter-renewal.webhooks.json"
count="${1:-2000}"
work="$(mktemp -d)"
trap 'kill "$receiver" 2>/dev/null || true; rm -rf "$work"' EXIT

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$cli" receive --port "$port" --quiet --history 100 > /dev/null 2> "$work/receiver.log" &
receiver=$!
for _ in $(seq 50); do grep -q Listening "$work/receiver.log" && break; sleep 0.1; done
url="http://127.0.0.1:$port/chat"

now_ms() { date +%s%3N; }
webhook=(--webhook "Sales chat notifier" --event conversation.intent_detected --url "$url")

# The same request for curl: the rendered body and headers, N times, one process.
"$cli" render "$sample" "${webhook[@]:0:4}" --json > "$work/request.json"
python3 - "$work" "$url" "$count" <<'PY'
import json, sys
work, url, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
request = json.load(open(f"{work}/request.json"))
open(f"{work}/body", "w").write(request["body"])
entry = [f'url = "{url}"', 'request = "POST"', f'data-binary = "@{work}/body"',
         'output = "/dev/null"']
entry += [f'header = "{h["name"]}: {h["value"]}"' for h in request["headers"]]
with open(f"{work}/curl.conf", "w") as config:
    for i in range(count):
        config.write("\n".join(entry) + "\n" + ("next\n" if i < count - 1 else ""))
# The same request as a Postman collection, for newman.
collection = {
    "info": {"name": "throughput",
             "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "item": [{"name": "deliver", "request": {
        "method": "POST", "url": url,
        "header": [{"key": h["name"], "value": h["value"]} for h in request["headers"]],
        "body": {"mode": "raw", "raw": request["body"]}}}],
}
json.dump(collection, open(f"{work}/collection.json", "w"))
PY

run() { # key, label, command...
    local key=$1 label=$2; shift 2
    local start end
    start=$(now_ms); "$@" > "$work/out.txt" 2>&1 || { cat "$work/out.txt"; exit 1; }; end=$(now_ms)
    local ms=$((end - start))
    printf "%-44s %8d ms %10.0f req/s\n" "$label" "$ms" "$(echo "$count * 1000 / $ms" | bc -l)"
    metrics+=("= ${key}_ms $ms")
}
metrics=()

echo "Throughput: $count deliveries to the local receiver on 127.0.0.1 ($(nproc) cores)"
run cli_sequential "webhook-studio-cli send, sequential" \
    "$cli" send "$sample" "${webhook[@]}" --repeat "$count" --concurrency 1
run cli_concurrent "webhook-studio-cli send, concurrency 16" \
    "$cli" send "$sample" "${webhook[@]}" --repeat "$count" --concurrency 16
run curl "curl, one process, keep-alive" curl -s -K "$work/curl.conf"
newman="$root/tests/node/node_modules/newman/bin/newman.js"
if [ -f "$newman" ] && command -v node > /dev/null; then
    run newman "newman (npm), $count iterations" \
        node "$newman" run "$work/collection.json" -n "$count" --silent
else
    echo "newman: not installed (npm ci --prefix tests/node)"
fi
printf '%s\n' "${metrics[@]}" "= count $count"
