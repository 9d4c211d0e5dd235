#!/usr/bin/env python3
"""Snapshot check run by CI (scripts/interop-python.sh): publish, list, fetch and verify a snapshot as docs/snapshots.md
describes, then resume a fetch from the next chunk; then a records snapshot of three chunks (20,000 synthetic workers,
imported here), resumed mid-snapshot, and a delta to a version with one worker changed, applied here to the rows held
and checked against the new version. Needs a caller allowed to import and publish (internal or admin)."""
import hashlib
import json
import sys
import zlib

from cyphub_client import CallError, Checks, Client, parse_arguments, token_from_environment
from cyphub.snapshots.v1 import snapshots_pb2
from cyphub.socialcare.v1 import socialcare_pb2

NAME = dict(module="social-care", authority="E06000016", period="2024-10-04", kind="aggregate")
check = Checks()


def fetch(client, version, from_chunk, name=NAME, since_version=""):
    """(first message, [(chunk, uncompressed bytes)]) of one Fetch from `from_chunk`."""
    first, chunks = None, []
    request = snapshots_pb2.FetchSnapshotRequest(version=version, from_chunk=from_chunk, since_version=since_version, **name)
    for message in client.stream("cyphub.snapshots.v1.Snapshots/Fetch", request, snapshots_pb2.FetchSnapshotResponse):
        if message.HasField("manifest"):
            first = message
        else:
            chunks.append((message.chunk, zlib.decompress(message.chunk.data)))
    return first, chunks


def row_key(line):
    """The key of a row line (`{"key":…,`) or a delta line (`{"op":…,"key":…`), as UTF-8 bytes for ordering."""
    return json.loads(line)["key"].encode()


def apply_delta(base_rows, delta_lines):
    """The new version's row lines: base_rows (in key order) merged with the delta's lines (docs/snapshots.md)."""
    out, base = [], iter(base_rows)
    held = next(base, None)
    for line in delta_lines:
        op, key = json.loads(line)["op"], row_key(line)
        while held is not None and row_key(held) < key:
            out.append(held)
            held = next(base, None)
        if op in ("change", "remove"):
            assert held is not None and row_key(held) == key, f"the delta {op}s a key the base lacks"
            held = next(base, None)
        if op in ("add", "change"):
            out.append(b"{" + line[line.index(b'"key"'):])
    while held is not None:
        out.append(held)
        held = next(base, None)
    return out


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

first, chunks = fetch(client, published.version, 0)
manifest = first.manifest
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


def workers(changed):
    lines = ["authority_code,snapshot_date,worker_id,team_id,team_type,cases,families"]
    for index in range(20000):
        cases = index % 30 + (1 if changed and index == 5 else 0)
        lines.append(f"E06000016,2024-10-04,W{100000 + index},T{index % 400},cin,{cases},")
    return "\n".join(lines) + "\n"


def import_and_publish(csv_text):
    client.call("cyphub.socialcare.v1.SocialCare/Import",
                socialcare_pb2.ImportRequest(dataset=socialcare_pb2.DATASET_WORKER_CASELOADS, file_name="workers.csv",
                                             csv=csv_text), socialcare_pb2.ImportResult)
    return client.call("cyphub.snapshots.v1.Snapshots/Publish", snapshots_pb2.PublishSnapshotRequest(**RECORDS),
                       snapshots_pb2.PublishSnapshotResponse).manifest


RECORDS = dict(NAME, kind="records")
old = import_and_publish(workers(changed=False))
check("20,000 workers make a records snapshot of 3 chunks", old.chunk_count == 3 and old.row_count == 20000)
check("the manifest names the import it was built from", [p.file_name for p in old.provenance] == ["workers.csv"])
_, all_chunks = fetch(client, old.version, 0, RECORDS)
_, rest = fetch(client, old.version, 1, RECORDS)
check("a records pull resumed from chunk 1 sends chunks 1 and 2", [c.index for c, _ in rest] == [1, 2]
      and all(chunk_is_sound(c, d) for c, d in rest))
held = all_chunks[0][1] + b"".join(d for _, d in rest)
check("chunk 0 and the resumed chunks hash to the version", hashlib.sha256(held).hexdigest() == old.version)

new = import_and_publish(workers(changed=True))
first, delta_chunks = fetch(client, new.version, 0, RECORDS, since_version=old.version)
delta = first.delta
check("a fetch since the old version sends a delta of one changed row",
      delta.is_delta and (delta.added, delta.changed, delta.removed) == (0, 1, 0))
delta_bytes = b"".join(d for _, d in delta_chunks)
check("the delta's chunks are sound and hash to its sha256", all(chunk_is_sound(c, d) for c, d in delta_chunks)
      and hashlib.sha256(delta_bytes).hexdigest() == delta.sha256)
header, *delta_lines = delta_bytes.splitlines(keepends=True)
check("the delta names both versions", json.loads(header)["from"] == old.version and json.loads(header)["to"] == new.version)
old_header, *old_rows = held.splitlines(keepends=True)
rebuilt = old_header + b"".join(apply_delta(old_rows, delta_lines))
check("the old rows with the delta applied hash to the new version", hashlib.sha256(rebuilt).hexdigest() == new.version)

client.close()
sys.exit(check.finish())
