public import CYPHubCore
import CYPHubWire
import Crypto
import NIOCore

/// A chunk of a snapshot as ``SnapshotsClient/pullSnapshot(_:resuming:onManifest:onChunk:)`` hands it on: inflated,
/// and checked against the sizes and the SHA-256 the host sent with it.
public struct VerifiedSnapshotChunk: Sendable {
    /// Its position, from 0.
    public let index: Int
    /// The lines it holds (chunk 0 counts the descriptive first line).
    public let lines: Int
    /// Its bytes: whole lines of the encoding (docs/snapshots.md).
    public let bytes: [UInt8]
    /// Its size as sent (compressed).
    public let compressedBytes: Int
}

/// The SHA-256 of a snapshot's bytes so far: at the end, its version. A resumed pull starts from the hash of the
/// chunks already held.
public struct SnapshotVersionHash: Sendable {
    private var hasher = SHA256()

    /// The hash of nothing.
    public init() {}

    /// Adds `bytes`.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        hasher.update(data: Array(bytes))
    }

    /// Lower-case hex of the hash so far.
    public func hex() -> String {
        SnapshotEncoding.hex(hasher.finalize())
    }
}

extension SnapshotsClient {
    /// Fetches a snapshot and hands each chunk on inflated and verified, in order: its index, its sizes before and after
    /// compression and its SHA-256 are checked, and at the end the whole (`resuming`, the hash of chunks
    /// 0..<`from_chunk` already held, then every chunk received) against the version. A chunk or a whole that does not
    /// match throws `DATA_LOSS` before anything more is handed on; so does a stream that ends early.
    ///
    /// Returns the manifest. The call is cancelled if `onManifest` or `onChunk` throws.
    @discardableResult
    public func pullSnapshot(
        _ request: FetchSnapshotRequest,
        resuming previous: SnapshotVersionHash = SnapshotVersionHash(),
        onManifest: @escaping @Sendable (SnapshotManifest) async throws -> Void = { _ in },
        onChunk: @escaping @Sendable (VerifiedSnapshotChunk) async throws -> Void
    ) async throws -> SnapshotManifest {
        let state = PullState(next: Int(request.fromChunk), hash: previous)
        try await fetch(request) { response in
            if let manifest = response.manifest {
                try state.accept(manifest, asked: request)
                try await onManifest(manifest)
            } else if let chunk = response.chunk {
                try await onChunk(try state.verify(chunk))
            } else {
                throw PullState.loss("the host sent a message with neither a manifest nor a chunk")
            }
        }
        return try state.finish()
    }
}

/// What a pull has checked so far. Only the call's consumer touches it, one response after another.
private final class PullState: @unchecked Sendable {
    private var next: Int
    private var hash: SnapshotVersionHash
    private var manifest: SnapshotManifest?
    private let codec = ZlibCodec()

    init(next: Int, hash: SnapshotVersionHash) {
        self.next = next
        self.hash = hash
    }

    static func loss(_ message: String) -> RPCError { RPCError(code: .dataLoss, message: message) }

    func accept(_ manifest: SnapshotManifest, asked request: FetchSnapshotRequest) throws {
        guard self.manifest == nil else { throw Self.loss("the host sent a second manifest") }
        guard request.version.isEmpty || manifest.version == request.version.lowercased() else {
            throw Self.loss("asked for version \(request.version), the host sent version \(manifest.version)")
        }
        self.manifest = manifest
    }

    func verify(_ chunk: SnapshotChunk) throws -> VerifiedSnapshotChunk {
        guard let manifest else { throw Self.loss("the host sent chunk \(chunk.index) before the manifest") }
        let index = Int(chunk.index)
        guard index == next, index < manifest.chunkCount else {
            throw Self.loss("expected chunk \(next) of \(manifest.chunkCount), the host sent chunk \(chunk.index)")
        }
        guard chunk.data.count == chunk.compressedBytes else {
            throw Self.loss("chunk \(index): \(chunk.data.count) bytes arrived, the host said \(chunk.compressedBytes)")
        }
        var inflated = ByteBuffer()
        let limit = Int(max(manifest.maxChunkBytes, chunk.uncompressedBytes))
        do {
            try codec.decompress(ByteBuffer(bytes: chunk.data), limit: limit, into: &inflated)
        } catch {
            throw Self.loss("chunk \(index) does not inflate: \(error)")
        }
        let bytes = Array(inflated.readableBytesView)
        guard bytes.count == chunk.uncompressedBytes else {
            throw Self.loss("chunk \(index) inflates to \(bytes.count) bytes, the host said \(chunk.uncompressedBytes)")
        }
        let digest = SnapshotEncoding.hex(SHA256.hash(data: bytes))
        guard digest == chunk.sha256 else {
            throw Self.loss("chunk \(index): SHA-256 \(digest) does not match \(chunk.sha256) sent with it")
        }
        hash.update(bytes)
        next += 1
        return VerifiedSnapshotChunk(index: index, lines: Int(chunk.lines), bytes: bytes, compressedBytes: chunk.data.count)
    }

    func finish() throws -> SnapshotManifest {
        guard let manifest else { throw Self.loss("the host ended the fetch without a manifest") }
        guard next == manifest.chunkCount else {
            throw Self.loss("the host ended the fetch after chunk \(next - 1) of \(manifest.chunkCount)")
        }
        let whole = hash.hex()
        guard whole == manifest.version else {
            throw Self.loss("the snapshot's SHA-256 \(whole) does not match its version \(manifest.version)")
        }
        return manifest
    }
}
