#!/usr/bin/env bash
# Sets up, builds and runs the demo host: every module enabled, embedded SQLite in ./data, demo data loaded once.
# Usage: scripts/demo.sh [PORT]   (default 7420). Stop it with Ctrl-C (graceful shutdown).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product cyphub
swift build -c release --product cyp
port="${1:-7420}"
echo "demo: try   .build/release/cyp --server 127.0.0.1:${port} social-care snapshot --authority E06000016 --date 2024-10-04"
exec .build/release/cyphub serve --demo --listen "127.0.0.1:${port}" --data-dir ./data
