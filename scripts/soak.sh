#!/usr/bin/env bash
# Soak test (not in CI): a release `cyphub serve --demo` in its own process, then `cyphub-soak` drives it with
# hundreds of connections and a realistic mix of calls for a bounded time, and prints calls, errors by status code,
# latency and the host's resident memory at the start, peak and end. Every argument goes to cyphub-soak:
#   scripts/soak.sh                               # 300 connections for 10 minutes
#   scripts/soak.sh --connections 500 --seconds 120 --json
set -euo pipefail
cd "$(dirname "$0")/.."
for argument in "$@"; do
    if [[ "$argument" == "--help" || "$argument" == "-h" ]]; then
        sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
    fi
done

echo "building (release): cyphub, cyphub-soak" >&2
swift build -c release --product cyphub >&2
swift build -c release --package-path Benchmarks --product cyphub-soak >&2

data=$(mktemp -d)
log="$data/host.log"
.build/release/cyphub serve --demo --listen 127.0.0.1:0 --data-dir "$data/db" --log-level info >"$log" 2>&1 &
host=$!
cleanup() {
    kill -TERM "$host" 2>/dev/null || true
    wait "$host" 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT
port=""
for _ in $(seq 1 600); do
    port=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$log" | head -1 | cut -d: -f2 || true)
    [[ -n "$port" ]] && break
    kill -0 "$host" 2>/dev/null || { cat "$log" >&2; echo "soak: the host did not start" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$port" ]] || { echo "soak: the host did not listen within 60 s" >&2; exit 1; }
echo "host: pid $host on 127.0.0.1:$port (demo data in $data)" >&2

Benchmarks/.build/release/cyphub-soak --server "127.0.0.1:$port" --host-pid "$host" "$@"

kill -TERM "$host"
status=0
wait "$host" || status=$?
echo "host: exited with status $status after SIGTERM; $(grep -c -i 'error\|critical' "$log" || true) error lines in its log" >&2
