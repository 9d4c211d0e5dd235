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
                try state.accept(manifest, delta: response.delta, asked: request)
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

extension SnapshotsClient {
    /// Pulls a version as a delta from a version held (`request.since_version`, whose rows `base` reads back in order:
    /// the next row line, nil after the last) and hands on the new version's lines, its first line first: the whole
    /// encoding, byte for byte. When the host holds no such base version it sends the whole instead, and that is handed
    /// on. Either way every chunk, the delta as a whole, and the result against the version are verified: any mismatch
    /// throws `DATA_LOSS`, as does a delta that does not fit `base`. `onLine` may be called before the result is known
    /// to be good: write to a temporary file and keep it only when this returns.
    ///
    /// Returns the manifest and the host's account of the delta (nil when `since_version` was empty).
    @discardableResult
    public func pullSnapshot(
        _ request: FetchSnapshotRequest, base: @escaping () throws -> SnapshotRowLine?, onLine: @escaping ([UInt8]) throws -> Void
    ) async throws -> (manifest: SnapshotManifest, delta: SnapshotDelta?) {
        let state = PullState(next: 0, hash: SnapshotVersionHash())
        let apply = DeltaApplication(base: base, onLine: onLine)
        var whole = request
        whole.fromChunk = 0
        let asked = whole
        try await fetch(asked) { response in
            if let manifest = response.manifest {
                try state.accept(manifest, delta: response.delta, asked: asked)
                try apply.start(manifest, delta: response.delta)
            } else if let chunk = response.chunk {
                try apply.chunk(try state.verify(chunk))
            } else {
                throw PullState.loss("the host sent a message with neither a manifest nor a chunk")
            }
        }
        let manifest = try state.finish()
        try apply.finish(manifest)
        return (manifest, state.delta)
    }
}

/// Turns the verified chunks of a pull with `since_version` into the new version's lines: a delta applied to the base,
/// or the whole passed on; and checks the result against the version. Only the call's consumer touches it.
private final class DeltaApplication: @unchecked Sendable {
    private var applier: SnapshotDeltaApplier
    private let onLine: ([UInt8]) throws -> Void
    private var isDelta = false
    private var hash = SnapshotVersionHash()
    private var sawHeader = false
    private var manifest: SnapshotManifest?

    init(base: @escaping () throws -> SnapshotRowLine?, onLine: @escaping ([UInt8]) throws -> Void) {
        self.applier = SnapshotDeltaApplier(base: base)
        self.onLine = onLine
    }

    private func emit(_ line: [UInt8]) throws {
        hash.update(line)
        try onLine(line)
    }

    func start(_ manifest: SnapshotManifest, delta: SnapshotDelta?) throws {
        self.manifest = manifest
        isDelta = delta?.isDelta ?? false
        guard isDelta else { return }
        guard let kind = SnapshotKind(rawValue: manifest.kind) else {
            throw PullState.loss("the manifest's kind '\(manifest.kind)' is not aggregate or records")
        }
        let name = SnapshotName(module: manifest.module, authority: manifest.authority, period: manifest.period, kind: kind)
        try emit(SnapshotEncoding.headerLine(name, columns: manifest.columns))
    }

    func chunk(_ chunk: VerifiedSnapshotChunk) throws {
        for line in chunk.bytes.split(separator: UInt8(ascii: "\n")) {
            let line = Array(line) + [UInt8(ascii: "\n")]
            guard isDelta else {
                try emit(line)
                continue
            }
            guard sawHeader else {
                sawHeader = true
                guard line.starts(with: Array(#"{"format":"\#(SnapshotDeltaEncoding.format)""#.utf8)) else {
                    throw PullState.loss("the delta does not start with a \(SnapshotDeltaEncoding.format) description")
                }
                continue
            }
            do {
                try applier.apply(line, emit: emit)
            } catch let error as SnapshotEncodingError {
                throw PullState.loss("the delta does not fit the base version: \(error)")
            }
        }
    }

    func finish(_ manifest: SnapshotManifest) throws {
        if isDelta {
            do {
                try applier.finish(emit: emit)
            } catch let error as SnapshotEncodingError {
                throw PullState.loss("the delta does not fit the base version: \(error)")
            }
        }
        let whole = hash.hex()
        guard whole == manifest.version else {
            throw PullState.loss("the snapshot built from the delta has SHA-256 \(whole), not its version \(manifest.version)")
        }
    }
}

/// What a pull has checked so far. Only the call's consumer touches it, one response after another.
private final class PullState: @unchecked Sendable {
    private var next: Int
    private var hash: SnapshotVersionHash
    private var manifest: SnapshotManifest?
    /// The host's account of a delta asked for.
    private(set) var delta: SnapshotDelta?
    /// The chunks the fetch sends (the delta's, when it sends a delta) and the SHA-256 of all of them.
    private var chunkCount = 0
    private var whole = ""
    private let codec = ZlibCodec()

    init(next: Int, hash: SnapshotVersionHash) {
        self.next = next
        self.hash = hash
    }

    static func loss(_ message: String) -> RPCError { RPCError(code: .dataLoss, message: message) }

    func accept(_ manifest: SnapshotManifest, delta: SnapshotDelta?, asked request: FetchSnapshotRequest) throws {
        guard self.manifest == nil else { throw Self.loss("the host sent a second manifest") }
        guard request.version.isEmpty || manifest.version == request.version.lowercased() else {
            throw Self.loss("asked for version \(request.version), the host sent version \(manifest.version)")
        }
        self.manifest = manifest
        self.delta = delta
        if let delta, delta.isDelta {
            guard !request.sinceVersion.isEmpty, delta.sinceVersion == request.sinceVersion.lowercased() else {
                throw Self.loss("the host sent a delta from \(delta.sinceVersion), not from the version asked")
            }
            (chunkCount, whole) = (Int(delta.chunkCount), delta.sha256)
        } else {
            (chunkCount, whole) = (Int(manifest.chunkCount), manifest.version)
        }
    }

    func verify(_ chunk: SnapshotChunk) throws -> VerifiedSnapshotChunk {
        guard let manifest else { throw Self.loss("the host sent chunk \(chunk.index) before the manifest") }
        let index = Int(chunk.index)
        guard index == next, index < chunkCount else {
            throw Self.loss("expected chunk \(next) of \(chunkCount), the host sent chunk \(chunk.index)")
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
        guard next == chunkCount else {
            throw Self.loss("the host ended the fetch after chunk \(next - 1) of \(chunkCount)")
        }
        let got = hash.hex()
        guard got == whole else {
            throw Self.loss(
                delta?.isDelta == true
                    ? "the delta's SHA-256 \(got) does not match \(whole) sent with it"
                    : "the snapshot's SHA-256 \(got) does not match its version \(manifest.version)")
        }
        return manifest
    }
}
