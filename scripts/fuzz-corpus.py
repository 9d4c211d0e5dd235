#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus (Fuzz/Corpus/<target>/): small valid inputs from the demo data.

Run by hand after a module, method or dataset is added (the targets list what each first byte chooses):
    scripts/fuzz-corpus.py Fuzz/.build/release
fuzz-imports: each dataset's template header alone, and with the first rows of the module's demo CSV.
fuzz-requests: every method's empty request, a request holding an authority and a date, real import requests (capital's
holding its three files), each ImportStream's pieces (the first piece of each file, a later piece) and real snapshot
fetches (whole, resumed, a delta with since_version).
fuzz-frames: real streams: the preface, CALL_START and MESSAGE for real requests (plain and zlib), client-streaming
ImportStream calls (several MESSAGEs, then END_STREAM), PING, CANCEL, GOAWAY, CALL_END, several calls on one stream,
another protocol version.
"""
import glob
import hashlib
import os
import re
import struct
import subprocess
import sys
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Fuzz", "Corpus")
ROWS = 6  # data rows kept from each demo file: seeds stay small


def listing(binary):
    env = dict(os.environ, CYPHUB_FUZZ_LIST="1", ASAN_OPTIONS="detect_leaks=0")
    out = subprocess.run([binary], env=env, check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def demo_csvs():
    """Every CSV literal in the modules' demo data, header first, without interpolated lines."""
    found = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Sources/Modules/*/Demo/*.swift"))):
        text = open(path, encoding="utf-8").read()
        for body in re.findall(r'static let \w+(?:: String)? = """\n(.*?)\n\s*"""', text, re.S):
            lines = [line.strip() for line in body.splitlines() if line.strip() and "\\(" not in line]
            if lines and "," in lines[0]:
                found.append(lines)
    return found


def varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field_bytes(number, data):
    return varint(number << 3 | 2) + varint(len(data)) + data


def field_string(number, text):
    return field_bytes(number, text.encode("utf-8"))


def field_varint(number, value):
    return varint(number << 3) + varint(value)


def frame(kind, call_id, payload=b"", flags=0):
    return struct.pack(">IBBI", len(payload), kind, flags, call_id) + payload


PREFACE = b"CYPHUB" + struct.pack(">H", 1)


def call_start(method, timeout=0, zlib_ok=False, metadata=()):
    payload = field_string(1, method)
    if timeout:
        payload += field_varint(2, timeout)
    for key, value in metadata:
        payload += field_bytes(3, field_string(1, key) + field_string(2, value))
    if zlib_ok:
        payload += field_string(4, "zlib")
    return payload


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)


def import_request(method, dataset_index, dataset, csv):
    """The module's import request for one file (capital's, holding several files, is `capital_import_request`).

    The same bytes are the first piece of the module's ImportStream (its chunk numbers dataset, file_name and data as
    1, 2 and 3, data a bytes field where the request's csv is a string: the same encoding)."""
    if method.startswith("cyphub.socialcare.v1."):
        first = field_varint(1, dataset_index + 1)
    elif method.startswith("cyphub.indicators.v1."):
        first = field_varint(1, dataset_index + 1)
    elif method.startswith("cyphub.capital.v1."):
        return None
    else:
        first = field_string(1, dataset)
    return first + field_string(2, f"{dataset}.csv") + field_string(3, csv)


# Capital's programme version (CapitalImportRequest and the first CapitalImportChunk: fields 1-6), as in its demo data.
CAPITAL_VERSION = (field_string(1, "E10000018") + field_string(2, "2024-01-23")
                   + field_string(3, "MTFS 2024/25-2027/28 (fuzz seed)") + field_string(4, "2024/25")
                   + field_string(5, "2027/28") + field_varint(6, 1))


def capital_import_request(files):
    """Capital's Import request: the version's fields and every file (CapitalImportFile: dataset, file_name, csv)."""
    return CAPITAL_VERSION + b"".join(
        field_bytes(7, field_string(1, dataset) + field_string(2, f"{dataset}.csv") + field_string(3, csv))
        for dataset, csv in files)


def capital_chunk(dataset, data, first=False):
    """A CapitalImportChunk starting a file (dataset 7, file_name 8, data 9); the stream's first also holds the
    version's fields."""
    start = field_string(7, dataset) + field_string(8, f"{dataset}.csv")
    return (CAPITAL_VERSION if first else b"") + start + field_bytes(9, data)


def split_csv(csv):
    """A file as two pieces, cut in the middle of its second line (a piece may end anywhere)."""
    lines = csv.split("\n")
    cut = len(lines[0]) + 1 + len(lines[1]) // 2 if len(lines) > 1 else len(csv) // 2
    return csv[:cut], csv[cut:]


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Fuzz", ".build", "release")
    methods = [row[1] for row in listing(os.path.join(build, "fuzz-requests"))]
    datasets = listing(os.path.join(build, "fuzz-imports"))
    for target in ("fuzz-frames", "fuzz-requests", "fuzz-imports"):
        for old in glob.glob(os.path.join(CORPUS, target, "*")):
            os.remove(old)

    # fuzz-imports: byte = dataset, then the file.
    demos = demo_csvs()
    samples = {}
    for index, method, name, header in (row[:4] for row in datasets):
        columns = header.split(",")
        write("fuzz-imports", f"{name}-template", bytes([int(index)]) + (header + "\n").encode())
        for lines in demos:
            if lines[0].split(",")[:3] == columns[:3] and set(lines[0].split(",")) <= set(columns):
                csv = "\n".join(lines[: ROWS + 1]) + "\n"
                samples[name] = (int(index), method, csv)
                write("fuzz-imports", f"{name}-demo", bytes([int(index)]) + csv.encode())
                break

    # fuzz-requests: byte = method, then the request message.
    module_offsets = {}
    for index, method, name, _ in (row[:4] for row in datasets):
        module_offsets.setdefault(method, int(index))
    for index, method in enumerate(methods):
        slug = method.split(".")[-1].replace("/", "-")
        write("fuzz-requests", f"{slug}-empty", bytes([index]))
        write("fuzz-requests", f"{slug}-authority-date",
              bytes([index]) + field_string(1, "E06000016") + field_string(2, "2024-10-04"))
    for name, (dataset_index, method, csv) in samples.items():
        payload = import_request(method, dataset_index - module_offsets[method], name, csv)
        if payload is not None and method in methods:
            write("fuzz-requests", f"import-{name}", bytes([methods.index(method)]) + payload)
    capital_files = [(name, csv) for name, (_, method, csv) in samples.items()
                     if method.startswith("cyphub.capital.v1.")]
    capital_import = next((m for m in methods if m == "cyphub.capital.v1.Capital/Import"), None)
    if capital_files and capital_import:
        write("fuzz-requests", "Capital-Import-programme",
              bytes([methods.index(capital_import)]) + capital_import_request(capital_files))
    # Each ImportStream's request is one piece: the first piece of each dataset's file, and a later piece (data only).
    later_written = set()
    for name, (dataset_index, method, csv) in samples.items():
        stream = method.rsplit("/", 1)[0] + "/ImportStream"
        if stream not in methods:
            continue
        byte = bytes([methods.index(stream)])
        slug = stream.split(".")[-1].replace("/", "-")
        first_piece, rest = split_csv(csv)
        if method.startswith("cyphub.capital.v1."):
            write("fuzz-requests", f"{slug}-{name}-first", byte + capital_chunk(name, csv.encode(), first=True))
            write("fuzz-requests", f"{slug}-{name}-next", byte + capital_chunk(name, first_piece.encode()))
            later = field_bytes(9, rest.encode())
        else:
            write("fuzz-requests", f"{slug}-{name}-first",
                  byte + import_request(method, dataset_index - module_offsets[method], name, csv))
            later = field_bytes(3, rest.encode())
        if stream not in later_written:
            later_written.add(stream)
            write("fuzz-requests", f"{slug}-later", byte + later)
    # Snapshots: real fetches (whole, resumed, a delta from a held version) and listings.
    version, since = "ab" * 32, "0123456789abcdef" * 4
    snapshot_name = (field_string(1, "social-care") + field_string(2, "E06000016") + field_string(3, "2024-10-04")
                     + field_string(4, "aggregate"))
    snapshot_seeds = {
        "Fetch-whole": snapshot_name,
        "Fetch-resume": snapshot_name + field_string(5, version) + field_varint(6, 2),
        "Fetch-since-version": snapshot_name + field_string(5, version) + field_string(7, since),
        "Fetch-since-latest": snapshot_name + field_string(7, since),
        "List-since": snapshot_name + field_varint(5, 1_732_000_000_000),
        "Publish-embargo": snapshot_name + field_string(5, "2024-11-07T09:30:00Z"),
        "Available-module": field_string(1, "E06000016") + field_string(2, "send"),
    }
    for seed, payload in snapshot_seeds.items():
        method = "cyphub.snapshots.v1.Snapshots/" + seed.split("-")[0]
        if method in methods:
            write("fuzz-requests", f"Snapshots-{seed}", bytes([methods.index(method)]) + payload)

    # fuzz-frames: byte = segment size - 1, then the stream.
    health = "cyphub.host.v1.Health/Check"
    snapshot = next((m for m in methods if m.endswith("SocialCare/GetSnapshot")), methods[0])
    snapshot_request = field_string(1, "E06000016") + field_string(2, "2024-10-04")
    streams = {
        "preface": PREFACE,
        "health": PREFACE + frame(1, 1, call_start(health)) + frame(2, 1),
        "snapshot": PREFACE + frame(1, 1, call_start(snapshot, 5000, True, [("x-request-id", "42")]))
        + frame(2, 1, snapshot_request),
        "snapshot-zlib": PREFACE + frame(1, 3, call_start(snapshot, 0, True)) + frame(2, 3, zlib.compress(snapshot_request), 1),
        "ping": PREFACE + frame(5, 0, b"\x00\x01\x02\x03\x04\x05\x06\x07"),
        "ping-ack": PREFACE + frame(5, 0, b"abcdefgh", 1),
        "cancel": PREFACE + frame(1, 7, call_start(snapshot)) + frame(4, 7),
        "goaway": PREFACE + frame(6, 0, field_varint(1, 5) + field_varint(2, 14) + field_string(3, "host is shutting down")),
        "call-end": PREFACE + frame(3, 1, field_varint(1, 5) + field_string(2, "no snapshot held")
                                    + field_bytes(3, field_string(1, "cyphub-module") + field_string(2, "social-care"))),
        "call-end-ok": PREFACE + frame(3, 1),
        "two-calls": PREFACE + frame(1, 1, call_start(health)) + frame(1, 2, call_start(snapshot))
        + frame(2, 2, snapshot_request) + frame(2, 1),
        "version-2": b"CYPHUB" + struct.pack(">H", 2),
        "unknown-type": PREFACE + frame(9, 1, b"x"),
        "partial": PREFACE + frame(1, 1, call_start(health))[:-3],
    }
    for name, (_, method, csv) in list(samples.items())[:8]:
        payload = import_request(method, 0, name, csv)
        if payload is not None:
            streams[f"import-{name}"] = PREFACE + frame(1, 1, call_start(method, 0, True)) + frame(2, 1, zlib.compress(payload), 1)
    # Client-streaming calls: ImportStream's pieces as MESSAGEs (the later one compressed), then END_STREAM.
    end_stream = frame(2, 1, b"", 2)
    for name, (dataset_index, method, csv) in list(samples.items())[:4]:
        stream_method = method.rsplit("/", 1)[0] + "/ImportStream"
        if stream_method not in methods or method.startswith("cyphub.capital.v1."):
            continue
        first_piece, rest = split_csv(csv)
        later = zlib.compress(field_bytes(3, rest.encode()))
        streams[f"importstream-{name}"] = (PREFACE + frame(1, 1, call_start(stream_method, 0, True))
                                           + frame(2, 1, import_request(method, 0, name, first_piece))
                                           + frame(2, 1, later, 1) + end_stream)
    capital_stream = "cyphub.capital.v1.Capital/ImportStream"
    if capital_files and capital_stream in methods:
        messages = b""
        for position, (dataset, csv) in enumerate(capital_files):
            first_piece, rest = split_csv(csv)
            messages += (frame(2, 1, capital_chunk(dataset, first_piece.encode(), first=position == 0))
                         + frame(2, 1, field_bytes(9, rest.encode())))
        start = frame(1, 1, call_start(capital_stream, 0, True))
        streams["importstream-capital"] = PREFACE + start + messages + end_stream
    for name, stream in streams.items():
        for segment in (255, 6):
            write("fuzz-frames", f"{name}-{segment + 1}", bytes([segment]) + stream)

    for target in ("fuzz-frames", "fuzz-requests", "fuzz-imports"):
        files = glob.glob(os.path.join(CORPUS, target, "*"))
        print(f"{target}: {len(files)} files, {sum(os.path.getsize(f) for f in files)} bytes")


if __name__ == "__main__":
    main()
