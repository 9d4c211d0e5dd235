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
# Publish, list, fetch, verify and resume a snapshot (docs/snapshots.md), as the demo host's anonymous admin.
PYTHONPATH="$work/gen:examples/python" "$work/venv/bin/python" examples/python/snapshot_pull.py "127.0.0.1:$port"

# The same with a bearer token in CYPHUB_TOKEN (CALL_START metadata `authorization: Bearer …`), issued offline while
# the host runs: it picks the new principal up within about a second, so wait until cyp's whoami answers with it.
token=$(.build/debug/cyphub principals add interop --role internal --authorities all --data-dir "$work/data" --json |
    "$work/venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["token"])')
for _ in $(seq 1 100); do
    CYPHUB_TOKEN="$token" .build/debug/cyp --server "127.0.0.1:$port" whoami >/dev/null 2>&1 && break
    sleep 0.2
done
CYPHUB_TOKEN="$token" CYPHUB_EXPECT_PRINCIPAL=interop PYTHONPATH="$work/gen:examples/python" "$work/venv/bin/python" \
    examples/python/interop_check.py "127.0.0.1:$port"
CYPHUB_TOKEN="$token" PYTHONPATH="$work/gen:examples/python" "$work/venv/bin/python" \
    examples/python/snapshot_pull.py "127.0.0.1:$port"

# The same checks over mutual TLS, with Python's ssl module: a CA, a host certificate for 127.0.0.1 and a client
# certificate, made here with openssl (part of Debian's base system; the Swift tests make theirs in Swift).
command -v openssl >/dev/null || { echo "interop: openssl is missing (apt-get install openssl)" >&2; exit 1; }
kill -TERM "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
tls="$work/tls"; mkdir -p "$tls"
make_cert() { # NAME CN EXTENSIONS: a key and a certificate signed by the CA
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=$2" -keyout "$tls/$1-key.pem" \
        -out "$tls/$1.csr" 2>/dev/null
    printf '%s\n' "$3" > "$tls/$1.ext"
    openssl x509 -req -in "$tls/$1.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca-key.pem" -CAcreateserial -days 1 \
        -extfile "$tls/$1.ext" -out "$tls/$1.pem" 2>/dev/null
}
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=interop CA" \
    -keyout "$tls/ca-key.pem" -out "$tls/ca.pem" 2>/dev/null
make_cert host 127.0.0.1 "subjectAltName=IP:127.0.0.1"
make_cert client interop-client "extendedKeyUsage=clientAuth"
.build/debug/cyphub serve --demo --listen "127.0.0.1:$port" --data-dir "$work/data" --log-level warning \
    --tls-certificate-chain-file "$tls/host.pem" --tls-private-key-file "$tls/host-key.pem" \
    --tls-client-cafile "$tls/ca.pem" --auth-required &
host_pid=$!
mutual=(--ca "$tls/ca.pem" --cert "$tls/client.pem" --key "$tls/client-key.pem")
for _ in $(seq 1 100); do
    .build/debug/cyp --server "127.0.0.1:$port" "${mutual[@]}" health >/dev/null 2>&1 && break
    sleep 0.2
done
# This host requires authentication: the token of the principal added above.
CYPHUB_TOKEN="$token" CYPHUB_EXPECT_PRINCIPAL=interop PYTHONPATH="$work/gen:examples/python" "$work/venv/bin/python" \
    examples/python/interop_check.py "127.0.0.1:$port" "${mutual[@]}"
CYPHUB_TOKEN="$token" PYTHONPATH="$work/gen:examples/python" "$work/venv/bin/python" \
    examples/python/snapshot_pull.py "127.0.0.1:$port" "${mutual[@]}"
