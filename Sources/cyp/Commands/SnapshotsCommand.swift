import ArgumentParser
import CYPHubCLI
import CYPHubClient
import CYPHubCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cyp snapshots list|publish|pull` (docs/snapshots.md).
struct SnapshotsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshots",
        abstract: "Publish, list and pull snapshots: versioned, compressed exports of a module's data.",
        subcommands: [Available.self, List.self, Publish.self, Pull.self]
    )

    /// The snapshot a command names.
    struct Name: ParsableArguments {
        @Argument(help: "The module's id (social-care, capital…).")
        var module: String

        @Argument(help: "The authority's ONS code (E06000016).")
        var authority: String

        @Argument(help: "The period as the module names it (2024-10-04, a programme version's date…).")
        var period: String

        @Option(help: "aggregate (figures, small numbers withheld) or records (internal and admin only).")
        var kind: String = "aggregate"
    }

    struct Available: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the snapshots the modules can publish for an authority.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The authority's ONS code (E06000016).")
        var authority: String

        @Option(help: "Only this module.") var module: String = ""

        func run() async throws {
            let request = AvailableSnapshotsRequest(authority: authority, module: module)
            let list = try await withCaller(global) { caller in try await SnapshotsClient(caller: caller).available(request) }
            if global.json {
                try Output.json(list)
                return
            }
            Output.table(
                columns: [.left("Module"), .left("Authority"), .left("Period"), .left("Kind")],
                rows: list.snapshots.map { [$0.module, $0.authority, $0.period, $0.kind] })
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the published versions you may see, newest first.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "Only this module.") var module: String = ""
        @Option(help: "Only this authority.") var authority: String = ""
        @Option(help: "Only this period.") var period: String = ""
        @Option(help: "Only this kind (aggregate or records).") var kind: String = ""
        @Option(help: "Only versions published at or after this time (1h, 7d, 2026-11-30, 2026-11-30T09:00:00Z).")
        var since: String?

        func validate() throws {
            if let since, AuditTime.parse(since, now: Date()) == nil {
                throw ValidationError("--since '\(since)' is neither an ISO 8601 date or date-time nor a time ago such as 30m, 1h or 7d")
            }
        }

        func run() async throws {
            let request = ListManifestsRequest(
                module: module, authority: authority, period: period, kind: kind,
                sinceUnixMs: since.flatMap { AuditTime.parse($0, now: Date()) } ?? 0)
            let list = try await withCaller(global) { caller in try await SnapshotsClient(caller: caller).list(request) }
            if global.json {
                try Output.json(list)
                return
            }
            Output.table(
                columns: [
                    .left("Module"), .left("Authority"), .left("Period"), .left("Kind"), .left("Version"), .right("Rows"),
                    .right("Chunks"), .right("Size"), .right("Compressed"), .left("Published (UTC)"), .left("By"),
                ],
                rows: list.manifests.map { manifest in
                    [
                        manifest.module, manifest.authority, manifest.period, manifest.kind, String(manifest.version.prefix(12)),
                        Output.number(manifest.rowCount), Output.number(Int(manifest.chunkCount)),
                        Output.bytes(UInt64(manifest.uncompressedBytes)), Output.bytes(UInt64(manifest.compressedBytes)),
                        AuditTime.format(manifest.publishedAtUnixMs), manifest.publishedBy,
                    ]
                })
        }
    }

    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish the module's current data as a snapshot version (internal and admin).",
            discussion: "Publishing data that has not changed stores nothing and answers with the version already held.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var name: Name

        @Option(
            name: .customLong("publish-at"),
            help: ArgumentHelp(
                "Embargo until this time: RFC 3339 (2026-12-01T09:30:00Z) or milliseconds since 1970.",
                discussion: "Until then only internal and admin principals see the version; partners see the one before."))
        var publishAt: String = ""

        func run() async throws {
            let request = PublishSnapshotRequest(
                module: name.module, authority: name.authority, period: name.period, kind: name.kind, publishAt: publishAt)
            let response = try await withCaller(global) { caller in try await SnapshotsClient(caller: caller).publish(request) }
            if global.json {
                try Output.json(response)
                return
            }
            let manifest = response.manifest ?? SnapshotManifest()
            print(
                response.alreadyPublished
                    ? "Unchanged: version \(manifest.version) is already published (by \(manifest.publishedBy))."
                    : "Published version \(manifest.version).")
            Output.keyValues(
                [
                    ("Snapshot", "\(manifest.module)/\(manifest.authority)/\(manifest.period)/\(manifest.kind)"),
                    ("Rows", Output.number(manifest.rowCount)), ("Chunks", Output.number(Int(manifest.chunkCount))),
                    ("Size", Output.bytes(UInt64(manifest.uncompressedBytes))),
                    ("Compressed", Output.bytes(UInt64(manifest.compressedBytes))),
                ] + (manifest.publishAtUnixMs > 0 ? [("Embargo until", AuditTime.format(manifest.publishAtUnixMs))] : []))
            SnapshotsCommand.printProvenance(manifest)
        }
    }

    /// The imports a version was built from, one line each.
    static func printProvenance(_ manifest: SnapshotManifest) {
        guard !manifest.provenance.isEmpty else {
            print("Built from: no import (demo data, or data stored before imports were logged).")
            return
        }
        print("Built from:")
        Output.table(
            columns: [.left("Dataset"), .left("File"), .left("SHA-256"), .right("Rows"), .left("Imported"), .left("By")],
            rows: manifest.provenance.map { source in
                [
                    source.dataset, source.fileName, String(source.fileSha256.prefix(12)) + "…", Output.number(source.rows),
                    AuditTime.format(source.importedAtUnixMs), source.importedBy,
                ]
            })
    }

    struct Pull: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pull a snapshot into a file, verifying every chunk and the whole; run again to resume.",
            discussion: """
                The verified bytes are kept in FILE.partial (with FILE.partial.state) until the whole is verified, then \
                written to FILE as JSON Lines (the snapshot's own encoding: its SHA-256 is the version) or CSV (a key \
                column, then the snapshot's columns). An interrupted pull, run again, fetches only the chunks it lacks.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var name: Name

        @Option(help: "The version (SHA-256); the latest published when not given.")
        var version: String = ""

        @Option(help: "The file to write.")
        var out: String

        @Option(help: "csv or jsonl.")
        var format: String = "csv"

        @Option(
            help: ArgumentHelp(
                "A version pulled before, as JSON Lines (--format jsonl): fetch only what changed since.",
                discussion: """
                    The host sends the rows added, changed and removed since that version when it still holds it, and \
                    the whole otherwise; either way the result is verified against the version. FILE is not changed.
                    """, valueName: "FILE"))
        var since: String?

        func validate() throws {
            guard ["csv", "jsonl"].contains(format) else { throw ValidationError("--format must be csv or jsonl, not '\(format)'") }
            if let since, !FileManager.default.isReadableFile(atPath: since) {
                throw ValidationError("--since: cannot read '\(since)' (a snapshot pulled before with --format jsonl)")
            }
        }

        func run() async throws {
            let target = SnapshotPullFile(path: out)
            let request = FetchSnapshotRequest(
                module: name.module, authority: name.authority.uppercased(), period: name.period, kind: name.kind,
                version: version.lowercased())
            let summary = try await withClient(global) { client in
                if let since {
                    return try await target.pull(request, since: since, from: SnapshotsClient(caller: client), format: format)
                }
                return try await target.pull(request, from: SnapshotsClient(caller: client), format: format, showProgress: !global.json)
            }
            if global.json {
                try Output.json(summary)
            } else {
                if let delta = summary.delta {
                    print(
                        delta.isDelta
                            ? "Delta from \(delta.since.prefix(12))…: \(Output.number(delta.added)) added, "
                                + "\(Output.number(delta.changed)) changed, \(Output.number(delta.removed)) removed "
                                + "(\(Output.bytes(UInt64(delta.bytes))) before compression)."
                            : "No delta: \(delta.reason)")
                }
                print(
                    "Wrote \(Output.number(summary.rows)) rows to \(summary.file) (\(summary.format)); version \(summary.version) "
                        + "verified"
                        + (summary.resumedFromChunk > 0 ? ", resumed from chunk \(summary.resumedFromChunk)." : "."))
            }
        }
    }
}

/// What `cyp snapshots pull` did, for `--json`.
struct SnapshotPullSummary: Encodable, Sendable {
    var file: String
    var format: String
    var version: String
    var rows: Int
    var chunks: Int
    var resumedFromChunk: Int
    var bytes: Int
    var compressedBytesReceived: Int
    /// With `--since`: what the host sent.
    var delta: DeltaSummary?

    struct DeltaSummary: Encodable, Sendable {
        var since: String
        var isDelta: Bool
        var reason: String
        var added: Int
        var changed: Int
        var removed: Int
        var bytes: Int
    }
}

/// Where a pull keeps what it has verified so far, so that running it again resumes: `FILE.partial` (the encoding's
/// bytes, whole chunks only) and `FILE.partial.state` (the snapshot, version and chunks held).
struct SnapshotPullFile: Sendable {
    let path: String
    var partial: String { path + ".partial" }
    var statePath: String { path + ".partial.state" }

    struct State: Codable, Sendable, Equatable {
        var module: String
        var authority: String
        var period: String
        var kind: String
        var version: String
        var chunkCount: Int
        var chunksHeld: Int
        var bytesHeld: Int
        var rowsHeld: Int
    }

    func pull(
        _ request: FetchSnapshotRequest, from snapshots: SnapshotsClient, format: String, showProgress: Bool
    ) async throws -> SnapshotPullSummary {
        var request = request
        var hash = SnapshotVersionHash()
        let resumed = try resumableState(for: request)
        if let resumed {
            request.version = resumed.version
            request.fromChunk = UInt32(resumed.chunksHeld)
            // What is held is checked again: only bytes whose hash leads to the version are kept.
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: partial))
            try handle.truncate(atOffset: UInt64(resumed.bytesHeld))
            try handle.seek(toOffset: 0)
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty { hash.update(block) }
            try handle.close()
        } else {
            try Self.create(partial)
        }
        let writer = PullWriter(
            partial: partial, statePath: statePath, state: resumed, request: request,
            progress: showProgress && isatty(STDERR_FILENO) == 1 ? PullProgress() : nil)
        if let resumed, resumed.chunksHeld == resumed.chunkCount {
            // Every chunk arrived last time; only the whole was not checked.
            guard hash.hex() == resumed.version else {
                try? FileManager.default.removeItem(atPath: partial)
                try? FileManager.default.removeItem(atPath: statePath)
                throw RPCError(code: .dataLoss, message: "\(partial) does not hash to version \(resumed.version): removed; pull again")
            }
        } else {
            do {
                try await snapshots.pullSnapshot(
                    request, resuming: hash, onManifest: { manifest in try writer.start(manifest) },
                    onChunk: { chunk in try writer.append(chunk) })
            } catch let error as RPCError where error.code == .dataLoss {
                // What was kept cannot be trusted: the next run starts again from chunk 0.
                try? FileManager.default.removeItem(atPath: partial)
                try? FileManager.default.removeItem(atPath: statePath)
                throw RPCError(code: .dataLoss, message: "\(error.message) (removed \(partial): run again to pull from the start)")
            }
        }
        writer.progress?.finish()
        let state = try writer.finalState()
        try write(format: format)
        try? FileManager.default.removeItem(atPath: statePath)
        return SnapshotPullSummary(
            file: path, format: format, version: state.version, rows: state.rowsHeld, chunks: state.chunkCount,
            resumedFromChunk: resumed?.chunksHeld ?? 0, bytes: state.bytesHeld, compressedBytesReceived: writer.compressedReceived)
    }

    /// Creates (or empties) the file at `path`.
    private static func create(_ path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// The state of an earlier pull of the same snapshot (and version, when one is asked for), if its file is there.
    private func resumableState(for request: FetchSnapshotRequest) throws -> State? {
        guard let data = FileManager.default.contents(atPath: statePath),
            let state = try? JSONDecoder().decode(State.self, from: data),
            let size = (try? FileManager.default.attributesOfItem(atPath: partial))?[.size] as? Int, size >= state.bytesHeld,
            state.module == request.module, state.authority == request.authority, state.period == request.period,
            state.kind == request.kind, request.version.isEmpty || request.version == state.version
        else { return nil }
        return state
    }

    /// Writes FILE from the verified partial file, then removes the partial file.
    func write(format: String) throws {
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        if format == "jsonl" {
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            return
        }
        let temporary = path + ".writing"
        try Self.create(temporary)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: partial))
        var pending: [UInt8] = []
        var first = true
        var buffer: [UInt8] = []
        func line(_ bytes: ArraySlice<UInt8>) throws {
            if first {
                first = false
                buffer += CSVLine.bytes(["key"] + (try SnapshotLineReader.columns(ofHeader: bytes)))
            } else {
                let row = try SnapshotLineReader.row(bytes)
                buffer += CSVLine.bytes([row.key] + row.values)
            }
            if buffer.count >= 1 << 20 {
                try output.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        while let block = try input.read(upToCount: 1 << 20), !block.isEmpty {
            pending += block
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                try line(pending[start..<end])
                start = end + 1
            }
            pending.removeSubrange(..<start)
        }
        try output.write(contentsOf: buffer)
        try output.close()
        try input.close()
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        try FileManager.default.removeItem(atPath: partial)
    }
}

/// Appends verified chunks to the partial file and records each in the state file, one chunk after another.
private final class PullWriter: @unchecked Sendable {
    // @unchecked: used by one pull's callbacks, which run one after another.
    let partial: String
    let statePath: String
    var state: State?
    let request: FetchSnapshotRequest
    let progress: PullProgress?
    private(set) var compressedReceived = 0

    typealias State = SnapshotPullFile.State

    init(partial: String, statePath: String, state: State?, request: FetchSnapshotRequest, progress: PullProgress?) {
        self.partial = partial
        self.statePath = statePath
        self.state = state
        self.request = request
        self.progress = progress
    }

    func start(_ manifest: SnapshotManifest) throws {
        if state == nil {
            state = State(
                module: manifest.module, authority: manifest.authority, period: manifest.period, kind: manifest.kind,
                version: manifest.version, chunkCount: Int(manifest.chunkCount), chunksHeld: 0, bytesHeld: 0, rowsHeld: 0)
            try save()
        }
        progress?.begin(total: manifest.uncompressedBytes, rows: manifest.rowCount, held: state?.bytesHeld ?? 0)
    }

    func append(_ chunk: VerifiedSnapshotChunk) throws {
        guard var state else { throw RPCError(code: .dataLoss, message: "a chunk arrived before the manifest") }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
        try handle.seek(toOffset: UInt64(state.bytesHeld))
        try handle.write(contentsOf: chunk.bytes)
        try handle.synchronize()
        try handle.close()
        state.chunksHeld = chunk.index + 1
        state.bytesHeld += chunk.bytes.count
        state.rowsHeld += chunk.index == 0 ? chunk.lines - 1 : chunk.lines
        self.state = state
        compressedReceived += chunk.compressedBytes
        try save()
        progress?.update(bytes: state.bytesHeld, rows: state.rowsHeld)
    }

    func finalState() throws -> State {
        guard let state else { throw RPCError(code: .dataLoss, message: "the host sent no manifest") }
        return state
    }

    private func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(state).write(to: URL(fileURLWithPath: statePath), options: .atomic)
    }
}

/// One line on standard error, rewritten as chunks arrive: bytes and rows so far, the rate and the time left.
private final class PullProgress: @unchecked Sendable {
    // @unchecked: used by one pull's callbacks, which run one after another.
    private var total = 0
    private var rows = 0
    private var startBytes = 0
    private let started = ContinuousClock.now

    func begin(total: Int, rows: Int, held: Int) {
        self.total = total
        self.rows = rows
        startBytes = held
    }

    func update(bytes: Int, rows held: Int) {
        let elapsed = ContinuousClock.now - started
        let seconds = max(0.001, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        let rate = Double(bytes - startBytes) / seconds
        let left = rate > 0 ? Double(total - bytes) / rate : 0
        let line =
            "\r\(Output.bytes(UInt64(bytes))) of \(Output.bytes(UInt64(total))), \(Output.number(held)) of "
            + "\(Output.number(rows)) rows, \(Output.bytes(UInt64(rate)))/s, \(Output.number(left, places: 0)) s left "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}

/// One CSV record (RFC 4180): a field with a comma, a quote or a line break is quoted, its quotes doubled.
enum CSVLine {
    static func bytes(_ fields: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            if field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                out.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { out.append(byte) }
                    out.append(byte)
                }
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(contentsOf: Array(field.utf8))
            }
        }
        out.append(0x0A)
        return out
    }
}
