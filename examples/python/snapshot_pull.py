#!/usr/bin/env python3
"""Snapshot check run by CI (scripts/interop-python.sh): publish, list, fetch and verify a snapshot as docs/snapshots.md
describes, then resume a fetch from the next chunk. Needs a caller allowed to publish (internal or admin)."""
import hashlib
import sys
import zlib

from cyphub_client import CallError, Checks, Client, parse_arguments, token_from_environment
from cyphub.snapshots.v1 import snapshots_pb2

NAME = dict(module="social-care", authority="E06000016", period="2024-10-04", kind="aggregate")
check = Checks()


def fetch(client, version, from_chunk):
    """(manifest, [(chunk, uncompressed bytes)]) of one Fetch from `from_chunk`."""
    manifest, chunks = None, []
    request = snapshots_pb2.FetchSnapshotRequest(version=version, from_chunk=from_chunk, **NAME)
    for message in client.stream("cyphub.snapshots.v1.Snapshots/Fetch", request, snapshots_pb2.FetchSnapshotResponse):
        if message.HasField("manifest"):
            manifest = message.manifest
        else:
            chunks.append((message.chunk, zlib.decompress(message.chunk.data)))
    return manifest, chunks


def chunk_is_sound(chunk, data):
    return (hashlib.sha256(data).hexdigest() == chunk.sha256 and len(data) == chunk.uncompressed_bytes
            and len(chunk.data) == chunk.compressed_bytes)


address, tls = parse_arguments(sys.argv[1:])
client = Client(address, tls, token_from_environment())
name = "/".join(NAME.values())
published = client.call("cyphub.snapshots.v1.Snapshots/Publish", snapshots_pb2.PublishSnapshotRequest(**NAME),
                        snapshots_pb2.PublishSnapshotResponse).manifest
print(f"published {name} {published.version[:12]}… (chunks: {published.chunk_count}, rows: {published.row_count})")
check("Publish answers a 64-hex-digit version", len(published.version) == 64)
listed = client.call("cyphub.snapshots.v1.Snapshots/List", snapshots_pb2.ListManifestsRequest(**NAME),
                     snapshots_pb2.ManifestList).manifests
check("List has the published version", any(m.version == published.version for m in listed))

manifest, chunks = fetch(client, published.version, 0)
check("Fetch starts with the manifest", manifest is not None and manifest.version == published.version)
check("Fetch sends every chunk in order", [c.index for c, _ in chunks] == list(range(published.chunk_count)))
check("every chunk inflates to its SHA-256 and sizes", all(chunk_is_sound(c, d) for c, d in chunks))
whole = b"".join(d for _, d in chunks)
check("the whole hashes to the version", hashlib.sha256(whole).hexdigest() == published.version)
check("the sizes match the manifest", len(whole) == published.uncompressed_bytes
      and sum(c.compressed_bytes for c, _ in chunks) == published.compressed_bytes)

# Resume: keep the first chunk as if the connection had dropped after it, then fetch from the next.
# (One chunk only: the resumed fetch starts at chunk 0 again.)
kept = chunks[:1] if published.chunk_count > 1 else []
_, rest = fetch(client, published.version, len(kept))
check(f"a fetch resumed from chunk {len(kept)} sends the rest", [c.index for c, _ in rest]
      == list(range(len(kept), published.chunk_count)) and all(chunk_is_sound(c, d) for c, d in rest))
resumed = b"".join(d for _, d in kept + rest)
check("the resumed bytes hash to the version", hashlib.sha256(resumed).hexdigest() == published.version)
try:
    fetch(client, published.version, published.chunk_count)
    check("a fetch from the chunk count is refused", False)
except CallError as error:
    check("a fetch from the chunk count is OUT_OF_RANGE (11)", error.code == 11)

client.close()
sys.exit(check.finish())
