#!/usr/bin/env bash
# Sets up and runs every test (unit, module and end-to-end against a real host on loopback).
# SWIFT_BUILD_FLAGS adds swift build flags (CI sets -Xswiftc -warnings-as-errors).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# shellcheck disable=SC2086
swift build --build-tests ${SWIFT_BUILD_FLAGS:-}
swift test --skip-build
