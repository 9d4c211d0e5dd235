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

    /// Publishes `name`'s current data: a new version, or the version already held marked as the latest.
    private func store(_ name: SnapshotName, publishAt: Int, context: CallContext) async throws -> PublishSnapshotResponse {
        guard let source = sources[name.module] else { throw Self.noSuchModule(name.module) }
        let content = try await source.snapshotContent(name)
        let header = SnapshotEncoding.headerLine(name, columns: content.columns)

        // First pass: the version, without holding the encoding.
        var hasher = SHA256()
        hasher.update(data: header)
        var keys = Set<String>()
        for row in content.rows {
            guard keys.insert(row.key).inserted else {
                throw Self.moduleFault(name, "two rows have the key '\(row.key)'", logger: context.logger)
            }
            hasher.update(data: try line(row, content, name, logger: context.logger))
        }
        let version = SnapshotEncoding.hex(hasher.finalize())
        let time = now()
        if let held = try await storage.write({ db in try Self.markHeld(version: version, at: time, in: db) }) {
            return PublishSnapshotResponse(manifest: held, alreadyPublished: true)
        }

        // Second pass: chunks, each compressed once, here.
        let codec = ZlibCodec()
        var chunker = SnapshotChunker()
        var chunks: [SnapshotStore.StoredChunk] = []
        var uncompressed = 0
        func seal(_ chunk: (bytes: [UInt8], lines: Int)) throws {
            var compressed = ByteBuffer()
            try codec.compress(ByteBuffer(bytes: chunk.bytes), into: &compressed)
            let data = Array(compressed.readableBytesView)
            chunks.append(
                SnapshotStore.StoredChunk(
                    index: chunks.count, sha256: SnapshotEncoding.hex(SHA256.hash(data: chunk.bytes)),
                    storedSHA256: SnapshotEncoding.hex(SHA256.hash(data: data)), lines: chunk.lines, uncompressedBytes: chunk.bytes.count,
                    data: data))
            uncompressed += chunk.bytes.count
        }
        if let full = try chunker.append(header) { try seal(full) }
        for row in content.rows {
            if let full = try chunker.append(try line(row, content, name, logger: context.logger)) { try seal(full) }
        }
        if let last = chunker.finish() { try seal(last) }

        let manifest = SnapshotManifest(
            module: name.module, authority: name.authority, period: name.period, kind: name.kind.rawValue, version: version,
            rowCount: content.rows.count, chunkCount: UInt32(chunks.count), uncompressedBytes: uncompressed,
            compressedBytes: chunks.reduce(0) { $0 + $1.data.count }, columns: content.columns,
            publishedBy: context.principal.name, publishedAtUnixMs: time, format: SnapshotEncoding.format,
            maxChunkBytes: UInt32(SnapshotEncoding.maxChunkBytes), publishAtUnixMs: publishAt)
        let stored = chunks
        return try await storage.write { db in
            // Another publish of the same data may have stored it since the check above.
            if let held = try Self.markHeld(version: version, at: time, in: db) {
                return PublishSnapshotResponse(manifest: held, alreadyPublished: true)
            }
            _ = try SnapshotStore.insert(manifest, chunks: stored, into: db)
            return PublishSnapshotResponse(manifest: manifest, alreadyPublished: false)
        }
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

    private func line(_ row: SnapshotDataRow, _ content: SnapshotContent, _ name: SnapshotName, logger: Logger) throws -> [UInt8] {
        do {
            return try SnapshotEncoding.rowLine(row, columns: content.columns)
        } catch {
            throw Self.moduleFault(name, error.description, logger: logger)
        }
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
        guard version.isEmpty || (version.utf8.count == 64 && version.utf8.allSatisfy { Self.hexDigits.contains($0) }) else {
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
        guard request.fromChunk < manifest.chunkCount else {
            throw RPCError(
                code: .outOfRange,
                message: "from_chunk \(request.fromChunk) is past the end: version \(manifest.version) of \(name) has "
                    + "\(manifest.chunkCount) chunks (0-\(Int(manifest.chunkCount) - 1))")
        }
        try await writer.write(FetchSnapshotResponse(manifest: manifest))
        for index in Int(request.fromChunk)..<Int(manifest.chunkCount) {
            let chunk = try await storage.read { db in try SnapshotStore.chunk(manifestID: found.id, index: index, in: db) }
            guard let chunk, SnapshotEncoding.hex(SHA256.hash(data: chunk.data)) == chunk.storedSHA256 else {
                let message =
                    "chunk \(index) of \(name) version \(manifest.version) is \(chunk == nil ? "missing" : "damaged") in storage "
                    + "(its stored SHA-256 no longer matches); it was not sent"
                context.logger.error("\(message)")
                throw RPCError(code: .dataLoss, message: message)
            }
            try await writer.write(
                FetchSnapshotResponse(
                    chunk: SnapshotChunk(
                        index: UInt32(index), sha256: chunk.sha256, uncompressedBytes: UInt32(chunk.uncompressedBytes),
                        compressedBytes: UInt32(chunk.data.count), lines: UInt32(chunk.lines), data: chunk.data)))
        }
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
