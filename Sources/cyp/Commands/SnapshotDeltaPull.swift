import CYPHubClient
import CYPHubCore
import Foundation

extension SnapshotPullFile {
    /// `cyp snapshots pull --since BASE`: asks for the delta from BASE's version (the SHA-256 of its bytes) and applies
    /// it to BASE's rows, or takes the whole when the host does not hold that version; the result, verified against the
    /// version, is written to FILE.partial and then FILE. BASE is read, never changed. A delta pull that breaks starts
    /// again when run again (a delta is small; the whole is resumable without `--since`).
    func pull(
        _ request: FetchSnapshotRequest, since basePath: String, from snapshots: SnapshotsClient, format: String
    ) async throws -> SnapshotPullSummary {
        var request = request
        request.sinceVersion = try Self.sha256(ofFile: basePath)
        let base = try SnapshotFileLines(path: basePath)
        try? FileManager.default.removeItem(atPath: statePath)
        guard FileManager.default.createFile(atPath: partial, contents: nil),
            let output = FileHandle(forWritingAtPath: partial)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partial]) }
        let counter = LineCounter(output: output)
        let result: (manifest: SnapshotManifest, delta: SnapshotDelta?)
        do {
            result = try await snapshots.pullSnapshot(request, base: base.next, onLine: counter.write)
            try counter.flush()
            try output.close()
        } catch {
            try? output.close()
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        try write(format: format)
        let delta = result.delta ?? SnapshotDelta()
        return SnapshotPullSummary(
            file: path, format: format, version: result.manifest.version, rows: counter.lines - 1,
            chunks: delta.isDelta ? Int(delta.chunkCount) : Int(result.manifest.chunkCount), resumedFromChunk: 0,
            bytes: counter.bytes, compressedBytesReceived: 0,
            delta: SnapshotPullSummary.DeltaSummary(
                since: request.sinceVersion, isDelta: delta.isDelta, reason: delta.wholeReason, added: delta.added,
                changed: delta.changed, removed: delta.removed, bytes: delta.uncompressedBytes))
    }

    /// Lower-case hex SHA-256 of a file's bytes (a pulled snapshot's version), read a block at a time.
    static func sha256(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        var hash = SnapshotVersionHash()
        while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty { hash.update(block) }
        return hash.hex()
    }
}

/// Writes a pull's lines to a file in blocks, counting them.
private final class LineCounter: @unchecked Sendable {
    // @unchecked: used by one pull's callbacks, which run one after another.
    private let output: FileHandle
    private var buffer: [UInt8] = []
    private(set) var lines = 0
    private(set) var bytes = 0

    init(output: FileHandle) { self.output = output }

    func write(_ line: [UInt8]) throws {
        buffer += line
        lines += 1
        bytes += line.count
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        try output.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The row lines of a snapshot file in its own encoding (JSON Lines), read a block at a time: the first line (the
/// description) is checked and skipped.
final class SnapshotFileLines: @unchecked Sendable {
    // @unchecked: read by one pull's callbacks, one after another.
    private let handle: FileHandle
    private let path: String
    private var pending: [UInt8] = []
    private var start = 0
    private var ended = false
    private var lineNumber = 0

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        self.handle = handle
        self.path = path
        guard let header = try line() else { throw Self.notSnapshot(path, "it is empty") }
        do {
            _ = try SnapshotLineReader.columns(ofHeader: header)
        } catch {
            throw Self.notSnapshot(path, "line 1 is not a snapshot's description (\(error))")
        }
    }

    deinit { try? handle.close() }

    private static func notSnapshot(_ path: String, _ why: String) -> RPCError {
        RPCError.invalidArgument("--since \(path): not a snapshot pulled with --format jsonl: \(why)")
    }

    /// The next line, `\n` included.
    private func line() throws -> [UInt8]? {
        while true {
            if let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = end + 1 }
                lineNumber += 1
                return Array(pending[start...end])
            }
            if ended {
                guard start < pending.count else { return nil }
                throw Self.notSnapshot(path, "its last line does not end with a line break")
            }
            pending.removeSubrange(..<start)
            start = 0
            if let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                pending += block
            } else {
                ended = true
            }
        }
    }

    /// The next row line, nil after the last.
    func next() throws -> SnapshotRowLine? {
        guard let bytes = try line() else { return nil }
        do {
            return try SnapshotRowLine(bytes)
        } catch {
            throw Self.notSnapshot(path, "line \(lineNumber): \(error)")
        }
    }
}
