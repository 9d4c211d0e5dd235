#!/usr/bin/env bash
# Regenerates the C (Sources/CProtobufC) and the Swift (every target's Generated/) from Proto/ and fails if the
# committed output differs (modelled on grpc-swift's dev/check-generated-code.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --allow-writing-to-package-directory generate-proto
generated=(Sources/CProtobufC)
while IFS= read -r directory; do generated+=("$directory"); done < <(find Sources -type d -name Generated | sort)
if ! git diff --quiet -- "${generated[@]}" || [ -n "$(git status --porcelain --untracked-files=all -- "${generated[@]}")" ]; then
    echo "check-generated-code: the generated code differs from a fresh generation from Proto/:" >&2
    git status --short -- "${generated[@]}" >&2
    git --no-pager diff --stat -- "${generated[@]}" >&2
    echo "Run: swift package --allow-writing-to-package-directory generate-proto, and commit the result." >&2
    exit 1
fi
echo "check-generated-code: ${generated[*]} match Proto/"
