import CYPHubCore
import CYPHubWire
import Crypto
import Logging
import NIOCore

/// The rows of a stored version, read back a chunk at a time: each chunk's stored hash checked (`DATA_LOSS` when it
/// does not match), inflated and split into lines; the first line (the description) skipped. Holds one chunk.
final class StoredSnapshotLines {
    private let storage: Storage
    private let manifestID: Int
    private let manifest: SnapshotManifest
    private let name: SnapshotName
    private let logger: Logger
    private let codec = ZlibCodec()
    private var nextChunk = 0
    /// The chunk being read, and where its next line starts.
    private var bytes: [UInt8] = []
    private var position = 0

    init(storage: Storage, manifestID: Int, manifest: SnapshotManifest, name: SnapshotName, logger: Logger) {
        self.storage = storage
        self.manifestID = manifestID
        self.manifest = manifest
        self.name = name
        self.logger = logger
    }

    /// The next row line, nil after the last.
    func next() async throws -> SnapshotRowLine? {
        while position == bytes.count {
            guard nextChunk < manifest.chunkCount else { return nil }
            let stored = try await SnapshotDeltas.storedChunk(
                storage: storage, manifestID: manifestID, index: nextChunk, name: name, version: manifest.version, logger: logger
            ).data
            var inflated = ByteBuffer()
            try codec.decompress(ByteBuffer(bytes: stored), limit: Int(manifest.maxChunkBytes), into: &inflated)
            bytes = Array(inflated.readableBytesView)
            position = 0
            // Chunk 0 starts with the description.
            if nextChunk == 0 { position = try lineEnd() }
            nextChunk += 1
        }
        let start = position
        position = try lineEnd()
        return try SnapshotRowLine(Array(bytes[start..<position]))
    }

    /// The index just after the line break ending the line at ``position``.
    private func lineEnd() throws -> Int {
        guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else {
            throw RPCError(
                code: .dataLoss, message: "chunk \(nextChunk) of \(name) version \(manifest.version) does not end with a whole line")
        }
        return end + 1
    }
}

/// Deltas between two stored versions of a snapshot (docs/snapshots.md, "Deltas"), computed when fetched: both
/// versions are read back in key order, side by side, holding a chunk of each, and the delta's lines cut into chunks
/// of whole lines like a snapshot's.
enum SnapshotDeltas {
    /// What a delta holds, found by a first pass that compresses nothing.
    struct Plan {
        var chunks = 0
        var bytes = 0
        var added = 0
        var changed = 0
        var removed = 0
        var sha256 = ""
    }

    /// Runs the delta from `base` to `target`, handing on each chunk's bytes and lines in order.
    static func run(
        _ name: SnapshotName, base: (id: Int, manifest: SnapshotManifest), target: (id: Int, manifest: SnapshotManifest),
        storage: Storage, logger: Logger, chunk: (_ bytes: [UInt8], _ lines: Int) async throws -> Void
    ) async throws -> SnapshotDeltaMerger {
        let old = StoredSnapshotLines(storage: storage, manifestID: base.id, manifest: base.manifest, name: name, logger: logger)
        let new = StoredSnapshotLines(storage: storage, manifestID: target.id, manifest: target.manifest, name: name, logger: logger)
        var chunker = SnapshotChunker()
        if let full = try chunker.append(
            SnapshotDeltaEncoding.headerLine(
                name, from: base.manifest.version, to: target.manifest.version, columns: target.manifest.columns))
        {
            try await chunk(full.bytes, full.lines)
        }
        var merger = SnapshotDeltaMerger()
        try await merger.merge(base: old.next, target: new.next) { line in
            if let full = try chunker.append(line) { try await chunk(full.bytes, full.lines) }
        }
        if let last = chunker.finish() { try await chunk(last.bytes, last.lines) }
        return merger
    }

    /// The first pass: sizes, counts and the hash of the whole delta.
    static func plan(
        _ name: SnapshotName, base: (id: Int, manifest: SnapshotManifest), target: (id: Int, manifest: SnapshotManifest),
        storage: Storage, logger: Logger
    ) async throws -> Plan {
        var plan = Plan()
        var hasher = SHA256()
        let merger = try await run(name, base: base, target: target, storage: storage, logger: logger) { bytes, _ in
            plan.chunks += 1
            plan.bytes += bytes.count
            hasher.update(data: bytes)
        }
        plan.added = merger.added
        plan.changed = merger.changed
        plan.removed = merger.removed
        plan.sha256 = SnapshotEncoding.hex(hasher.finalize())
        return plan
    }

    /// Chunk `index` of the version with row id `manifestID`, its stored hash checked: `DATA_LOSS` (logged) when it is
    /// missing or no longer matches.
    static func storedChunk(
        storage: Storage, manifestID: Int, index: Int, name: SnapshotName, version: String, logger: Logger
    ) async throws -> SnapshotStore.StoredChunk {
        let chunk = try await storage.read { db in try SnapshotStore.chunk(manifestID: manifestID, index: index, in: db) }
        guard let chunk, SnapshotEncoding.hex(SHA256.hash(data: chunk.data)) == chunk.storedSHA256 else {
            let message =
                "chunk \(index) of \(name) version \(version) is \(chunk == nil ? "missing" : "damaged") in storage "
                + "(its stored SHA-256 no longer matches); it was not sent"
            logger.error("\(message)")
            throw RPCError(code: .dataLoss, message: message)
        }
        return chunk
    }
}
