import CYPHubCore

/// The published snapshots' tables and the SQL that writes and reads them (the host's migration `003-snapshots`).
///
/// A chunk is stored compressed, with the SHA-256 of its uncompressed bytes (sent to clients, who check it after
/// inflating) and the SHA-256 of the stored bytes (checked by the host before every send, so a fetch costs no zlib
/// and a chunk altered on disk is never sent as good).
enum SnapshotStore {
    /// The host's migration creating the tables.
    static let migration = Migration(
        id: "003-snapshots",
        sql: """
            CREATE TABLE snapshot_manifest (
                id INTEGER PRIMARY KEY,
                module TEXT NOT NULL,
                authority TEXT NOT NULL,
                period TEXT NOT NULL,
                kind TEXT NOT NULL,
                version TEXT NOT NULL UNIQUE,
                row_count INTEGER NOT NULL,
                chunk_count INTEGER NOT NULL,
                uncompressed_bytes INTEGER NOT NULL,
                compressed_bytes INTEGER NOT NULL,
                columns TEXT NOT NULL,
                published_by TEXT NOT NULL,
                published_at_ms INTEGER NOT NULL,
                latest_at_ms INTEGER NOT NULL
            );
            CREATE INDEX snapshot_manifest_name ON snapshot_manifest (module, authority, period, kind, latest_at_ms);
            CREATE TABLE snapshot_chunk (
                manifest_id INTEGER NOT NULL REFERENCES snapshot_manifest (id) ON DELETE CASCADE,
                chunk_index INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                stored_sha256 TEXT NOT NULL,
                lines INTEGER NOT NULL,
                uncompressed_bytes INTEGER NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (manifest_id, chunk_index)
            );
            """)

    /// The host's migration adding the embargo (`publish_at_ms`, 0 for none) to each version.
    static let embargoMigration = Migration(
        id: "004-snapshot-embargo",
        sql: "ALTER TABLE snapshot_manifest ADD COLUMN publish_at_ms INTEGER NOT NULL DEFAULT 0;")

    /// The host's migration adding the chunks of a publish in progress (moved into `snapshot_chunk` when it is stored,
    /// dropped when it fails or the data was held already; any left by a host that stopped are dropped at start) and
    /// each version's provenance.
    static let stagingMigration = Migration(
        id: "005-snapshot-staging",
        sql: """
            CREATE TABLE snapshot_chunk_staging (
                publish_id TEXT NOT NULL,
                chunk_index INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                stored_sha256 TEXT NOT NULL,
                lines INTEGER NOT NULL,
                uncompressed_bytes INTEGER NOT NULL,
                data BLOB NOT NULL,
                PRIMARY KEY (publish_id, chunk_index)
            );
            CREATE TABLE snapshot_provenance (
                manifest_id INTEGER NOT NULL REFERENCES snapshot_manifest (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                dataset TEXT NOT NULL,
                file_name TEXT NOT NULL,
                file_sha256 TEXT NOT NULL,
                rows INTEGER NOT NULL,
                imported_at_ms INTEGER NOT NULL,
                imported_by TEXT NOT NULL,
                PRIMARY KEY (manifest_id, position)
            );
            """)

    /// The host's snapshot migrations, in order.
    static let migrations = [migration, embargoMigration, stagingMigration]

    /// One chunk as stored.
    struct StoredChunk: Sendable {
        var index: Int
        var sha256: String
        var storedSHA256: String
        var lines: Int
        var uncompressedBytes: Int
        var data: [UInt8]
    }

    /// Column names are stored joined by this separator (a control character no column name holds).
    private static let columnSeparator: Character = "\u{1F}"

    private static let manifestColumns = """
        id, module, authority, period, kind, version, row_count, chunk_count, uncompressed_bytes, compressed_bytes, columns,
        published_by, published_at_ms, publish_at_ms
        """

    /// The manifest of `version`, and its row id, if held.
    static func manifest(version: String, in db: SQLConnection) throws -> (id: Int, manifest: SnapshotManifest)? {
        try db.row("SELECT \(manifestColumns) FROM snapshot_manifest WHERE version = ?", [.text(version)]).map { try decode($0, in: db) }
    }

    /// The manifest of `name`'s version `version`, or of its latest version when `version` is empty; with `releasedBy`,
    /// only a version whose embargo has ended by then.
    static func manifest(
        _ name: SnapshotName, version: String, releasedBy: Int? = nil, in db: SQLConnection
    ) throws -> (id: Int, manifest: SnapshotManifest)? {
        var sql = "SELECT \(manifestColumns) FROM snapshot_manifest WHERE module = ? AND authority = ? AND period = ? AND kind = ?"
        var arguments: [SQLValue] = [.text(name.module), .text(name.authority), .text(name.period), .text(name.kind.rawValue)]
        if let releasedBy {
            sql += " AND publish_at_ms <= ?"
            arguments.append(.int(releasedBy))
        }
        if version.isEmpty {
            sql += " ORDER BY latest_at_ms DESC, id DESC LIMIT 1"
        } else {
            sql += " AND version = ?"
            arguments.append(.text(version))
        }
        return try db.row(sql, arguments).map { try decode($0, in: db) }
    }

    /// Manifests matching `filter` (and `visible`), newest first.
    static func list(
        _ filter: ListManifestsRequest, in db: SQLConnection, visible: (SnapshotManifest) -> Bool
    ) throws -> [SnapshotManifest] {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        for (column, value) in [
            ("module", filter.module), ("authority", filter.authority.uppercased()), ("period", filter.period), ("kind", filter.kind),
        ] where !value.isEmpty {
            conditions.append("\(column) = ?")
            arguments.append(.text(value))
        }
        if filter.sinceUnixMs > 0 {
            conditions.append("published_at_ms >= ?")
            arguments.append(.int(filter.sinceUnixMs))
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try db.rows(
            "SELECT \(manifestColumns) FROM snapshot_manifest\(whereClause) ORDER BY published_at_ms DESC, id DESC", arguments
        ).map { try decode($0, in: db).manifest }.filter(visible)
    }

    /// Stages chunks of the publish `publishID` (not yet part of any version).
    static func stage(_ chunks: [StoredChunk], publishID: String, in db: SQLConnection) throws {
        for chunk in chunks {
            try db.execute(
                """
                INSERT INTO snapshot_chunk_staging (publish_id, chunk_index, sha256, stored_sha256, lines, uncompressed_bytes, data)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(publishID), .integer(Int64(chunk.index)), .text(chunk.sha256), .text(chunk.storedSHA256),
                    .integer(Int64(chunk.lines)), .integer(Int64(chunk.uncompressedBytes)), .blob(chunk.data),
                ])
        }
    }

    /// Drops the staged chunks of `publishID`, or of every publish when nil (at start: publishes the host stopped in).
    static func dropStaged(publishID: String?, in db: SQLConnection) throws {
        if let publishID {
            try db.execute("DELETE FROM snapshot_chunk_staging WHERE publish_id = ?", [.text(publishID)])
        } else {
            try db.execute("DELETE FROM snapshot_chunk_staging")
        }
    }

    /// Stores a new version: its manifest, its provenance, and the chunks staged by `publishID`, moved. Returns the
    /// manifest's row id.
    static func insert(_ manifest: SnapshotManifest, stagedBy publishID: String, into db: SQLConnection) throws -> Int {
        try db.execute(
            """
            INSERT INTO snapshot_manifest (module, authority, period, kind, version, row_count, chunk_count, uncompressed_bytes,
                compressed_bytes, columns, published_by, published_at_ms, latest_at_ms, publish_at_ms)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            Self.manifestArguments(manifest))
        guard let id = try db.row("SELECT last_insert_rowid() AS id")?.int("id") else {
            throw RPCError(code: .internalError, message: "the snapshot manifest just stored has no row id")
        }
        try db.execute(
            """
            INSERT INTO snapshot_chunk (manifest_id, chunk_index, sha256, stored_sha256, lines, uncompressed_bytes, data)
            SELECT ?, chunk_index, sha256, stored_sha256, lines, uncompressed_bytes, data FROM snapshot_chunk_staging
            WHERE publish_id = ? ORDER BY chunk_index
            """, [.int(id), .text(publishID)])
        try dropStaged(publishID: publishID, in: db)
        for (position, source) in manifest.provenance.enumerated() {
            try db.execute(
                """
                INSERT INTO snapshot_provenance (manifest_id, position, dataset, file_name, file_sha256, rows, imported_at_ms,
                    imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .int(id), .int(position), .text(source.dataset), .text(source.fileName), .text(source.fileSha256),
                    .int(source.rows), .int(source.importedAtUnixMs), .text(source.importedBy),
                ])
        }
        return id
    }

    /// The provenance of the version with row id `manifestID`.
    static func provenance(manifestID: Int, in db: SQLConnection) throws -> [SnapshotProvenance] {
        try db.rows(
            """
            SELECT \(ImportLog.provenanceColumns) FROM snapshot_provenance
            WHERE manifest_id = ? ORDER BY position
            """, [.int(manifestID)]
        ).map(ImportLog.provenance(row:))
    }

    private static func manifestArguments(_ manifest: SnapshotManifest) -> [SQLValue] {
        let name: [SQLValue] = [.text(manifest.module), .text(manifest.authority), .text(manifest.period), .text(manifest.kind)]
        let sizes: [SQLValue] = [
            .int(manifest.rowCount), .integer(Int64(manifest.chunkCount)), .int(manifest.uncompressedBytes), .int(manifest.compressedBytes),
        ]
        let published: [SQLValue] = [
            .text(manifest.publishedBy), .int(manifest.publishedAtUnixMs), .int(manifest.publishedAtUnixMs), .int(manifest.publishAtUnixMs),
        ]
        return name + [.text(manifest.version)] + sizes + [.text(manifest.columns.joined(separator: String(columnSeparator)))] + published
    }

    /// Marks the version with row id `id` as its name's latest (a publish of data already held).
    static func markLatest(id: Int, at time: Int, in db: SQLConnection) throws {
        try db.execute("UPDATE snapshot_manifest SET latest_at_ms = ? WHERE id = ?", [.int(time), .int(id)])
    }

    /// The versions of `name` after its newest `retain` (newest by when each was last published), oldest last.
    static func versions(_ name: SnapshotName, beyondNewest retain: Int, in db: SQLConnection) throws -> [String] {
        try db.rows(
            """
            SELECT version FROM snapshot_manifest WHERE module = ? AND authority = ? AND period = ? AND kind = ?
            ORDER BY latest_at_ms DESC, id DESC LIMIT -1 OFFSET ?
            """,
            [.text(name.module), .text(name.authority), .text(name.period), .text(name.kind.rawValue), .int(retain)]
        ).map { try $0.string("version") }
    }

    /// Deletes each of `versions`: its chunks and its manifest.
    static func delete(versions: [String], in db: SQLConnection) throws {
        for version in versions {
            try db.execute(
                "DELETE FROM snapshot_chunk WHERE manifest_id IN (SELECT id FROM snapshot_manifest WHERE version = ?)", [.text(version)])
            try db.execute(
                "DELETE FROM snapshot_provenance WHERE manifest_id IN (SELECT id FROM snapshot_manifest WHERE version = ?)",
                [.text(version)])
            try db.execute("DELETE FROM snapshot_manifest WHERE version = ?", [.text(version)])
        }
    }

    /// Chunk `index` of the manifest with row id `manifestID`.
    static func chunk(manifestID: Int, index: Int, in db: SQLConnection) throws -> StoredChunk? {
        guard
            let row = try db.row(
                """
                SELECT chunk_index, sha256, stored_sha256, lines, uncompressed_bytes, data FROM snapshot_chunk
                WHERE manifest_id = ? AND chunk_index = ?
                """, [.integer(Int64(manifestID)), .integer(Int64(index))])
        else { return nil }
        guard case .blob(let data) = row["data"] else {
            throw StorageError.unexpectedValue(column: "data", row["data"])
        }
        return StoredChunk(
            index: try row.int("chunk_index"), sha256: try row.string("sha256"), storedSHA256: try row.string("stored_sha256"),
            lines: try row.int("lines"), uncompressedBytes: try row.int("uncompressed_bytes"), data: data)
    }

    private static func decode(_ row: SQLRow, in db: SQLConnection) throws -> (id: Int, manifest: SnapshotManifest) {
        let columns = try row.string("columns")
        let id = try row.int("id")
        let manifest = SnapshotManifest(
            module: try row.string("module"), authority: try row.string("authority"), period: try row.string("period"),
            kind: try row.string("kind"), version: try row.string("version"), rowCount: try row.int("row_count"),
            chunkCount: UInt32(clamping: try row.int("chunk_count")), uncompressedBytes: try row.int("uncompressed_bytes"),
            compressedBytes: try row.int("compressed_bytes"),
            columns: columns.isEmpty ? [] : columns.split(separator: columnSeparator, omittingEmptySubsequences: false).map(String.init),
            publishedBy: try row.string("published_by"), publishedAtUnixMs: try row.int("published_at_ms"),
            format: SnapshotEncoding.format, maxChunkBytes: UInt32(SnapshotEncoding.maxChunkBytes),
            publishAtUnixMs: try row.int("publish_at_ms"), provenance: try provenance(manifestID: id, in: db))
        return (id, manifest)
    }
}
