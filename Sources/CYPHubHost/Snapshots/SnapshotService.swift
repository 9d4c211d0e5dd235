import CYPHubCore
import CYPHubWire
import Crypto
import Foundation
import Logging
import NIOCore

/// The snapshots service (`cyphub.snapshots.v1.Snapshots`, docs/snapshots.md): publishes a module's data as an
/// immutable, content-addressed version stored in compressed chunks, lists the versions a caller may see, and streams
/// a version's stored chunks (from any chunk, to resume) without compressing anything again.
struct SnapshotService: Sendable {
    let storage: Storage
    /// Each enabled module's source, by module id.
    let sources: [String: any SnapshotSource]
    /// Versions of each name kept (`snapshots.retainVersions`); older ones are deleted after each publish.
    var retainVersions: Int = 10
    /// The versions Fetch calls are streaming, which retention leaves for a later publish.
    let fetches = SnapshotFetches()
    /// Milliseconds since 1970 now (a test may fix it).
    var now: @Sendable () -> Int = { Int((Date().timeIntervalSince1970 * 1000).rounded()) }

    func register(with router: inout Router) throws {
        let service = self
        try router.register(Snapshots.Method.Available.self, access: .read(.aggregate, authority: \.authority)) { request, context in
            try await service.available(request, principal: context.principal)
        }
        try router.register(Snapshots.Method.Publish.self, access: .write(authority: \.authority)) { request, context in
            try await service.publish(request, context: context)
        }
        try router.register(Snapshots.Method.List.self, access: .read(.aggregate)) { request, context in
            try await service.list(request, principal: context.principal)
        }
        // Partners may fetch aggregate snapshots of their authorities (checked by the host before the handler runs);
        // the handler refuses them record snapshots.
        try router.register(Snapshots.Method.Fetch.self, access: .read(.aggregate, authority: \.authority)) { request, writer, context in
            try await service.fetch(request, writer: writer, context: context)
        }
    }

    // MARK: Available

    func available(_ request: AvailableSnapshotsRequest, principal: Principal) async throws -> AvailableSnapshotList {
        let authority = try AuthorityCode.validated(request.authority, field: "authority")
        if !request.module.isEmpty, sources[request.module] == nil { throw Self.noSuchModule(request.module) }
        var snapshots: [AvailableSnapshot] = []
        for module in sources.keys.sorted() where request.module.isEmpty || request.module == module {
            guard let source = sources[module] else { continue }
            for name in try await source.availableSnapshots(authority: authority)
            where principal.role != .partner || name.kind == .aggregate {
                snapshots.append(
                    AvailableSnapshot(module: name.module, authority: name.authority, period: name.period, kind: name.kind.rawValue))
            }
        }
        return AvailableSnapshotList(snapshots: snapshots)
    }

    // MARK: Publish

    func publish(_ request: PublishSnapshotRequest, context: CallContext) async throws -> PublishSnapshotResponse {
        let name = try name(module: request.module, authority: request.authority, period: request.period, kind: request.kind)
        let publishAt = try Self.publishAt(request.publishAt)
        let response = try await store(name, publishAt: publishAt, context: context)
        await applyRetention(name, logger: context.logger)
        return response
    }

    /// Rows read from a module per page.
    static let pageRows = 5_000
    /// Compressed chunks held before they are staged in the database.
    static let stageChunks = 8

    /// Publishes `name`'s current data: a new version, or the version already held marked as the latest.
    ///
    /// Two passes over the module's rows, a page at a time, so that no more than a page of rows and a few compressed
    /// chunks are held whatever the snapshot's size: the first hashes the encoding (the version: when it is held,
    /// nothing more is done); the second compresses each chunk once and stages it, then one transaction stores the
    /// manifest and moves the staged chunks in. When the second pass's hash differs from the first's (an import
    /// changed the data between or during them), nothing is stored and the publish answers `ABORTED`.
    private func store(_ name: SnapshotName, publishAt: Int, context: CallContext) async throws -> PublishSnapshotResponse {
        guard let source = sources[name.module] else { throw Self.noSuchModule(name.module) }
        let provenance = try await storage.read { db in
            try ImportLog.provenance(module: name.module, authority: name.authority, period: name.period, in: db)
        }
        let first = try await encode(name, source: source, logger: context.logger) { _ in }
        let time = now()
        if let held = try await storage.write({ db in try Self.markHeld(version: first.version, at: time, in: db) }) {
            return PublishSnapshotResponse(manifest: held, alreadyPublished: true)
        }

        let publishID = UUID().uuidString
        let storage = self.storage
        do {
            let codec = ZlibCodec()
            var chunker = SnapshotChunker()
            var pending: [SnapshotStore.StoredChunk] = []
            var chunkCount = 0
            var compressedBytes = 0
            func seal(_ chunk: (bytes: [UInt8], lines: Int)) throws {
                var compressed = ByteBuffer()
                try codec.compress(ByteBuffer(bytes: chunk.bytes), into: &compressed)
                let data = Array(compressed.readableBytesView)
                pending.append(
                    SnapshotStore.StoredChunk(
                        index: chunkCount, sha256: SnapshotEncoding.hex(SHA256.hash(data: chunk.bytes)),
                        storedSHA256: SnapshotEncoding.hex(SHA256.hash(data: data)), lines: chunk.lines,
                        uncompressedBytes: chunk.bytes.count, data: data))
                chunkCount += 1
                compressedBytes += data.count
            }
            func stage() async throws {
                let batch = pending
                pending = []
                guard !batch.isEmpty else { return }
                try await storage.write { db in try SnapshotStore.stage(batch, publishID: publishID, in: db) }
            }
            let second = try await encode(name, source: source, logger: context.logger) { line in
                guard let full = try chunker.append(line) else { return }
                try seal(full)
                if pending.count >= Self.stageChunks { try await stage() }
            }
            if let last = chunker.finish() { try seal(last) }
            try await stage()
            guard second.version == first.version else {
                throw Self.changedWhilePublishing(name, logger: context.logger)
            }
            let manifest = SnapshotManifest(
                module: name.module, authority: name.authority, period: name.period, kind: name.kind.rawValue,
                version: first.version, rowCount: second.rows, chunkCount: UInt32(chunkCount), uncompressedBytes: second.bytes,
                compressedBytes: compressedBytes, columns: second.columns, publishedBy: context.principal.name,
                publishedAtUnixMs: time, format: SnapshotEncoding.format, maxChunkBytes: UInt32(SnapshotEncoding.maxChunkBytes),
                publishAtUnixMs: publishAt, provenance: provenance)
            return try await storage.write { db in
                // Another publish of the same data may have stored it since the check above.
                if let held = try Self.markHeld(version: first.version, at: time, in: db) {
                    try SnapshotStore.dropStaged(publishID: publishID, in: db)
                    return PublishSnapshotResponse(manifest: held, alreadyPublished: true)
                }
                guard try ImportLog.provenance(module: name.module, authority: name.authority, period: name.period, in: db) == provenance
                else {
                    throw RPCError(code: .aborted, message: Self.changedMessage(name))
                }
                _ = try SnapshotStore.insert(manifest, stagedBy: publishID, into: db)
                return PublishSnapshotResponse(manifest: manifest, alreadyPublished: false)
            }
        } catch {
            await Task {
                try? await storage.write { db in try SnapshotStore.dropStaged(publishID: publishID, in: db) }
            }.value
            throw error
        }
    }

    /// What one pass over a snapshot's rows found.
    struct Encoded {
        var version: String
        var columns: [String]
        var rows = 0
        var bytes = 0
    }

    /// Reads `name`'s rows from `source` a page at a time, checks they come in ascending key order (so no key twice),
    /// and hands each line of the encoding to `line`, the first line first. Returns the version (the SHA-256 of every
    /// line) and the counts.
    private func encode(
        _ name: SnapshotName, source: any SnapshotSource, logger: Logger, line: ([UInt8]) async throws -> Void
    ) async throws -> Encoded {
        let rows: SnapshotRows
        do {
            rows = try await source.snapshotRows(name)
        } catch let error as SnapshotEncodingError {
            throw Self.moduleFault(name, error.description, logger: logger)
        }
        var hasher = SHA256()
        let header = SnapshotEncoding.headerLine(name, columns: rows.columns)
        hasher.update(data: header)
        try await line(header)
        var encoded = Encoded(version: "", columns: rows.columns, bytes: header.count)
        var last: String?
        while true {
            let page = try await rows.page(last, Self.pageRows)
            if page.isEmpty { break }
            for row in page {
                if let last, !SnapshotKeyOrder.precedes(last, row.key) {
                    throw Self.moduleFault(
                        name,
                        last == row.key
                            ? "two rows have the key '\(row.key)'"
                            : "the row '\(row.key)' came after '\(last)' (rows must come in key order)",
                        logger: logger)
                }
                last = row.key
                let bytes: [UInt8]
                do {
                    bytes = try SnapshotEncoding.rowLine(row, columns: rows.columns)
                } catch {
                    throw Self.moduleFault(name, error.description, logger: logger)
                }
                hasher.update(data: bytes)
                encoded.rows += 1
                encoded.bytes += bytes.count
                try await line(bytes)
            }
        }
        encoded.version = SnapshotEncoding.hex(hasher.finalize())
        return encoded
    }

    private static func changedMessage(_ name: SnapshotName) -> String {
        "the data of \(name) changed while it was being published (an import stored since it began); nothing was stored: "
            + "publish again"
    }

    private static func changedWhilePublishing(_ name: SnapshotName, logger: Logger) -> RPCError {
        logger.info("snapshots: \(changedMessage(name))")
        return RPCError(code: .aborted, message: changedMessage(name))
    }

    /// `publish_at`: empty (no embargo, 0), milliseconds since 1970, or an RFC 3339 time.
    static func publishAt(_ text: String) throws -> Int {
        if text.isEmpty { return 0 }
        if text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let milliseconds = Int(text) {
            return milliseconds
        }
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return Int((date.timeIntervalSince1970 * 1000).rounded()) }
        }
        throw RPCError.invalidArgument(
            "publish_at: '\(EchoedText.quoted(text))' is not an RFC 3339 time (e.g. 2024-11-07T09:30:00Z) or milliseconds since 1970")
    }

    /// Deletes `name`'s versions after its newest `retainVersions`, except any a Fetch is streaming (a later publish
    /// deletes those). A failure is logged, not answered: the publish itself is stored, and the next one tries again.
    private func applyRetention(_ name: SnapshotName, logger: Logger) async {
        let retain = retainVersions
        do {
            let candidates = try await storage.read { db in try SnapshotStore.versions(name, beyondNewest: retain, in: db) }
            guard !candidates.isEmpty else { return }
            let claimed = fetches.claim(candidates)
            if claimed.count < candidates.count {
                let kept = candidates.count - claimed.count
                logger.info("snapshots: kept \(kept) old version(s) of \(name) being fetched; a later publish deletes them")
            }
            guard !claimed.isEmpty else { return }
            defer { fetches.deleted(claimed) }
            let deleted = try await storage.write { db in
                // A publish since the read may have made one of them the latest again.
                let stillOld = Set(try SnapshotStore.versions(name, beyondNewest: retain, in: db))
                let deleting = claimed.filter(stillOld.contains)
                try SnapshotStore.delete(versions: deleting, in: db)
                return deleting.count
            }
            if deleted > 0 {
                logger.info(
                    "snapshots: deleted \(deleted) version(s) of \(name) older than the newest \(retain) (snapshots.retainVersions)")
            }
        } catch {
            logger.error("snapshots: could not delete old versions of \(name): \(error)")
        }
    }

    /// The manifest of `version` if held, marked as its name's latest.
    private static func markHeld(version: String, at time: Int, in db: SQLConnection) throws -> SnapshotManifest? {
        guard let held = try SnapshotStore.manifest(version: version, in: db) else { return nil }
        try SnapshotStore.markLatest(id: held.id, at: time, in: db)
        return held.manifest
    }

    private static func moduleFault(_ name: SnapshotName, _ problem: String, logger: Logger) -> RPCError {
        let message = "module '\(name.module)' gave snapshot \(name) a row that cannot be published: \(problem)"
        logger.error("\(message)")
        return RPCError(code: .internalError, message: message)
    }

    // MARK: List

    func list(_ request: ListManifestsRequest, principal: Principal) async throws -> ManifestList {
        if !request.kind.isEmpty { _ = try Self.kind(request.kind) }
        let time = now()
        let manifests = try await storage.read { db in
            try SnapshotStore.list(request, in: db) { manifest in Self.visible(manifest, to: principal, at: time) }
        }
        return ManifestList(manifests: manifests)
    }

    /// Whether `principal` may see that `manifest` exists at `time`: one of its authorities, and, unless it is internal
    /// or admin, aggregate and past its embargo.
    static func visible(_ manifest: SnapshotManifest, to principal: Principal, at time: Int) -> Bool {
        principal.authorities.contains(manifest.authority)
            && (principal.role != .partner
                || (manifest.kind == SnapshotKind.aggregate.rawValue && manifest.publishAtUnixMs <= time))
    }

    // MARK: Fetch

    func fetch(_ request: FetchSnapshotRequest, writer: ResponseWriter<FetchSnapshotResponse>, context: CallContext) async throws {
        let name = try name(module: request.module, authority: request.authority, period: request.period, kind: request.kind)
        if name.kind == .records && context.principal.role == .partner {
            throw RPCError(
                code: .permissionDenied,
                message: "principal '\(context.principal.name)' may not fetch \(name): record snapshots are for internal and admin "
                    + "principals")
        }
        let version = request.version.lowercased()
        guard version.isEmpty || Self.isVersion(version) else {
            throw RPCError.invalidArgument("version: '\(EchoedText.quoted(request.version))' is not a SHA-256 (64 hex digits)")
        }
        // A partner is answered as if an embargoed version did not exist (the latest is the latest released).
        let releasedBy = context.principal.role == .partner ? now() : nil
        guard
            let found = try await storage.read({ db in
                try SnapshotStore.manifest(name, version: version, releasedBy: releasedBy, in: db)
            })
        else {
            throw version.isEmpty ? RPCError.notFound("snapshot \(name) has not been published") : Self.noVersion(name, version)
        }
        let manifest = found.manifest
        // Held against retention while it streams; a version being deleted, or deleted since it was read, is not found.
        guard fetches.begin(manifest.version) else { throw Self.noVersion(name, manifest.version) }
        defer { fetches.end(manifest.version) }
        guard try await storage.read({ db in try SnapshotStore.manifest(version: manifest.version, in: db)?.id == found.id }) else {
            throw Self.noVersion(name, manifest.version)
        }
        if !request.sinceVersion.isEmpty {
            return try await fetchDelta(request, name: name, target: found, releasedBy: releasedBy, writer: writer, context: context)
        }
        try await sendWhole(request, name: name, target: found, delta: nil, writer: writer, context: context)
    }

    /// Sends `target`'s manifest (with `delta`, saying why the whole is sent, when a delta was asked for) and its stored
    /// chunks from `from_chunk`.
    private func sendWhole(
        _ request: FetchSnapshotRequest, name: SnapshotName, target: (id: Int, manifest: SnapshotManifest), delta: SnapshotDelta?,
        writer: ResponseWriter<FetchSnapshotResponse>, context: CallContext
    ) async throws {
        let manifest = target.manifest
        guard request.fromChunk < manifest.chunkCount else {
            throw RPCError(
                code: .outOfRange,
                message: "from_chunk \(request.fromChunk) is past the end: version \(manifest.version) of \(name) has "
                    + "\(manifest.chunkCount) chunks (0-\(Int(manifest.chunkCount) - 1))")
        }
        try await writer.write(FetchSnapshotResponse(manifest: manifest, delta: delta))
        for index in Int(request.fromChunk)..<Int(manifest.chunkCount) {
            let chunk = try await SnapshotDeltas.storedChunk(
                storage: storage, manifestID: target.id, index: index, name: name, version: manifest.version, logger: context.logger)
            try await writer.write(
                FetchSnapshotResponse(
                    chunk: SnapshotChunk(
                        index: UInt32(index), sha256: chunk.sha256, uncompressedBytes: UInt32(chunk.uncompressedBytes),
                        compressedBytes: UInt32(chunk.data.count), lines: UInt32(chunk.lines), data: chunk.data)))
        }
    }

    /// A fetch with `since_version`: the delta from that version when it is held (and visible to the caller) with the
    /// same columns; otherwise the whole, saying why. The delta is computed twice (once for its size and hash, sent
    /// first; once to send it), compressing only the chunks sent.
    private func fetchDelta(
        _ request: FetchSnapshotRequest, name: SnapshotName, target: (id: Int, manifest: SnapshotManifest), releasedBy: Int?,
        writer: ResponseWriter<FetchSnapshotResponse>, context: CallContext
    ) async throws {
        let since = request.sinceVersion.lowercased()
        guard Self.isVersion(since) else {
            throw RPCError.invalidArgument("since_version: '\(EchoedText.quoted(request.sinceVersion))' is not a SHA-256 (64 hex digits)")
        }
        let held = try await storage.read { db in try SnapshotStore.manifest(name, version: since, releasedBy: releasedBy, in: db) }
        guard let base = held, fetches.begin(since) else {
            let reason = "version \(since) of \(name) is not held (never published, or deleted by retention): the whole is sent"
            return try await sendWhole(
                request, name: name, target: target, delta: SnapshotDelta(sinceVersion: since, isDelta: false, wholeReason: reason),
                writer: writer, context: context)
        }
        defer { fetches.end(since) }
        guard base.manifest.columns == target.manifest.columns else {
            let reason = "version \(since) of \(name) has other columns than version \(target.manifest.version): the whole is sent"
            return try await sendWhole(
                request, name: name, target: target, delta: SnapshotDelta(sinceVersion: since, isDelta: false, wholeReason: reason),
                writer: writer, context: context)
        }
        let plan = try await SnapshotDeltas.plan(name, base: base, target: target, storage: storage, logger: context.logger)
        guard request.fromChunk < plan.chunks else {
            throw RPCError(
                code: .outOfRange,
                message: "from_chunk \(request.fromChunk) is past the end: the delta from \(since) to \(target.manifest.version) "
                    + "of \(name) has \(plan.chunks) chunks (0-\(plan.chunks - 1))")
        }
        try await writer.write(
            FetchSnapshotResponse(
                manifest: target.manifest,
                delta: SnapshotDelta(
                    sinceVersion: since, isDelta: true, chunkCount: UInt32(plan.chunks), uncompressedBytes: plan.bytes,
                    sha256: plan.sha256, added: plan.added, changed: plan.changed, removed: plan.removed)))
        let codec = ZlibCodec()
        var index = 0
        _ = try await SnapshotDeltas.run(name, base: base, target: target, storage: storage, logger: context.logger) { bytes, lines in
            defer { index += 1 }
            guard index >= request.fromChunk else { return }
            var compressed = ByteBuffer()
            try codec.compress(ByteBuffer(bytes: bytes), into: &compressed)
            let data = Array(compressed.readableBytesView)
            try await writer.write(
                FetchSnapshotResponse(
                    chunk: SnapshotChunk(
                        index: UInt32(index), sha256: SnapshotEncoding.hex(SHA256.hash(data: bytes)),
                        uncompressedBytes: UInt32(bytes.count), compressedBytes: UInt32(data.count), lines: UInt32(lines), data: data)))
        }
    }

    /// Whether `text` is a version as written (64 lower-case hex digits).
    private static func isVersion(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { hexDigits.contains($0) }
    }

    private static func noVersion(_ name: SnapshotName, _ version: String) -> RPCError {
        RPCError.notFound("snapshot \(name) has no version \(version)")
    }

    private static let hexDigits = Set("0123456789abcdef".utf8)

    // MARK: Names

    private func name(module: String, authority: String, period: String, kind: String) throws -> SnapshotName {
        guard !module.isEmpty else { throw RPCError.invalidArgument("module: required (a module id, e.g. social-care)") }
        guard sources[module] != nil else { throw Self.noSuchModule(module) }
        let authority = try AuthorityCode.validated(authority, field: "authority")
        guard !period.isEmpty else { throw RPCError.invalidArgument("period: required (e.g. 2024-10-04)") }
        return SnapshotName(module: module, authority: authority, period: period, kind: try Self.kind(kind))
    }

    private static func kind(_ text: String) throws -> SnapshotKind {
        guard let kind = SnapshotKind(rawValue: text) else {
            throw RPCError.invalidArgument("kind: '\(EchoedText.quoted(text))' is not aggregate or records")
        }
        return kind
    }

    private static func noSuchModule(_ module: String) -> RPCError {
        RPCError.notFound("no module '\(EchoedText.quoted(module))' on this host publishes snapshots")
    }
}
