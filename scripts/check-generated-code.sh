#!/usr/bin/env bash
# Regenerates Sources/CProtobufC from Proto/ and fails if the committed output differs (modelled on
# grpc-swift's dev/check-generated-code.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --allow-writing-to-package-directory generate-protobuf-c
if ! git diff --quiet -- Sources/CProtobufC || [ -n "$(git status --porcelain --untracked-files=all -- Sources/CProtobufC)" ]; then
    echo "check-generated-code: Sources/CProtobufC differs from a fresh generation from Proto/:" >&2
    git status --short -- Sources/CProtobufC >&2
    git --no-pager diff --stat -- Sources/CProtobufC >&2
    echo "Run: swift package --allow-writing-to-package-directory generate-protobuf-c, and commit the result." >&2
    exit 1
fi
echo "check-generated-code: Sources/CProtobufC matches Proto/"
