#!/usr/bin/env bash
# Fails when a domain module imports what modules must not see: SwiftNIO, GRDB (the SQL driver) or a C target.
# Modules depend on CYPHubCore (and other modules' public readers) only.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='^[[:space:]]*((public|package|internal|fileprivate|private)[[:space:]]+)?(@[A-Za-z_]+[[:space:]]+)*import[[:space:]]+(NIO[A-Za-z]*|GRDB|SQLite3|CProtobufC|CProtoDescriptor|CZlib|CYPHubWire|CYPHubHost|CYPHubClient)\b'
if offending=$(grep -rEn "$pattern" Sources/Modules --include='*.swift'); then
    echo "check-module-imports: domain modules must not import NIO, GRDB, C targets, the wire, host or client:" >&2
    echo "$offending" >&2
    exit 1
fi
echo "check-module-imports: Sources/Modules imports only the core and other modules"
