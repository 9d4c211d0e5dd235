#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine needs to build and run CYPHub (Swift 6.1+ must be on PATH).
set -euo pipefail

packages=(protobuf-c-compiler libprotobuf-c-dev protobuf-compiler zlib1g-dev libsqlite3-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.1 or later is needed)" >&2; exit 1; }
command -v protoc-c >/dev/null || { echo "setup: protoc-c is missing" >&2; exit 1; }
echo "setup: $(swift --version 2>&1 | head -1); $(protoc-c --version | head -1)"
