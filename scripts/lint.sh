#!/usr/bin/env bash
# Lints every Swift file with the toolchain's swift-format and the committed .swift-format.
set -euo pipefail
cd "$(dirname "$0")/.."
swift format lint --strict --recursive Package.swift Sources Tests Plugins Benchmarks/Package.swift Benchmarks/Sources \
    Fuzz/Package.swift Fuzz/Sources
echo "lint: clean"
