#!/usr/bin/env bash
# Talks to a real demo host from Python, with Google's protobuf runtime and protoc-generated code: proof that
# a client can be written from README.md and Proto/ alone. Needs a built cyphub (scripts/test.sh builds it).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v protoc >/dev/null || { echo "interop: protoc is missing (apt-get install protobuf-compiler)" >&2; exit 1; }
work=$(mktemp -d)
host_pid=""
cleanup() {
    if [ -n "$host_pid" ]; then kill -TERM "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "protobuf==4.21.12"
mkdir -p "$work/gen"
# shellcheck disable=SC2046
protoc -I Proto --python_out="$work/gen" $(find Proto -name '*.proto' | sort)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.build/debug/cyphub serve --demo --listen "127.0.0.1:$port" --data-dir "$work/data" --log-level warning &
host_pid=$!
for _ in $(seq 1 100); do
    .build/debug/cyp --server "127.0.0.1:$port" health >/dev/null 2>&1 && break
    sleep 0.2
done
PYTHONPATH="$work/gen:examples/python" "$work/venv/bin/python" examples/python/interop_check.py "127.0.0.1:$port"
