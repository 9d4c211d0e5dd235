import CYPHubCore

/// The audit log's tables and the SQL that writes, purges and queries them (the host's migration `002-audit-log`).
enum AuditStore {
    /// The host's migration creating the tables: one row per call, one per file an import carried.
    static let migration = Migration(
        id: "002-audit-log",
        sql: """
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                time_ms INTEGER NOT NULL,
                principal TEXT NOT NULL,
                peer TEXT NOT NULL,
                method TEXT NOT NULL,
                authority TEXT NOT NULL,
                status TEXT NOT NULL,
                duration_us INTEGER NOT NULL,
                bytes_in INTEGER NOT NULL,
                bytes_out INTEGER NOT NULL,
                rows_stored INTEGER NOT NULL
            );
            CREATE INDEX audit_log_time ON audit_log (time_ms);
            CREATE INDEX audit_log_principal ON audit_log (principal, time_ms);
            CREATE INDEX audit_log_method ON audit_log (method, time_ms);
            CREATE TABLE audit_log_file (
                audit_id INTEGER NOT NULL REFERENCES audit_log (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                dataset TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                PRIMARY KEY (audit_id, position)
            );
            """)

    /// The default and largest number of records a query returns.
    static let defaultLimit = 100
    static let maxLimit = 10_000

    /// Rows per INSERT statement: one statement stores many rows, so the per-statement work (binding checks, step,
    /// reset) is paid once per chunk rather than once per call.
    static let rowsPerStatement = 64

    /// Inserts a batch (inside the caller's transaction), numbering the rows after the last one held.
    static func insert(_ records: [AuditRecord], into db: SQLConnection) throws {
        let first = (try db.row("SELECT COALESCE(MAX(id), 0) AS id FROM audit_log")?.int("id") ?? 0) + 1
        var files: [SQLValue] = []
        var fileRows = 0
        for (offset, record) in records.enumerated() {
            for (position, file) in record.files.enumerated() {
                files += [.int(first + offset), .int(position), .text(file.dataset), .text(file.fileName), .text(file.sha256)]
                fileRows += 1
            }
        }
        var start = 0
        while start < records.count {
            let chunk = records[start..<min(start + rowsPerStatement, records.count)]
            var arguments: [SQLValue] = []
            arguments.reserveCapacity(chunk.count * 11)
            for (offset, record) in zip(start..., chunk) {
                arguments += [
                    .int(first + offset), .int(record.timeUnixMs), .text(record.principal), .text(record.peer), .text(record.method),
                    .text(record.authority), .text(record.status), .int(record.durationUs), .int(record.bytesIn),
                    .int(record.bytesOut), .int(record.rowsStored),
                ]
            }
            try db.execute(insertSQL(rows: chunk.count), arguments)
            start += chunk.count
        }
        var fileStart = 0
        while fileStart < fileRows {
            let count = min(rowsPerStatement, fileRows - fileStart)
            let values = Array(repeating: "(?, ?, ?, ?, ?)", count: count).joined(separator: ", ")
            try db.execute(
                "INSERT INTO audit_log_file (audit_id, position, dataset, file_name, sha256) VALUES \(values)",
                Array(files[(fileStart * 5)..<((fileStart + count) * 5)]))
            fileStart += count
        }
    }

    /// `INSERT INTO audit_log … VALUES (…), (…)` for `rows` rows (the full chunk's text is built once).
    private static func insertSQL(rows: Int) -> String {
        if rows == rowsPerStatement { return fullChunkSQL }
        return insertPrefix + Array(repeating: rowPlaceholders, count: rows).joined(separator: ", ")
    }

    private static let insertPrefix =
        "INSERT INTO audit_log (id, time_ms, principal, peer, method, authority, status, duration_us, bytes_in, bytes_out, rows_stored) VALUES "
    private static let rowPlaceholders = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    private static let fullChunkSQL = insertPrefix + Array(repeating: rowPlaceholders, count: rowsPerStatement).joined(separator: ", ")

    /// Deletes the records of calls that ended before `cutoff` (ms since 1970) and their files; returns how many.
    static func purge(before cutoff: Int, in db: SQLConnection) throws -> Int {
        let count = try db.row("SELECT COUNT(*) AS n FROM audit_log WHERE time_ms < ?", [.int(cutoff)])?.int("n") ?? 0
        guard count > 0 else { return 0 }
        try db.execute("DELETE FROM audit_log_file WHERE audit_id IN (SELECT id FROM audit_log WHERE time_ms < ?)", [.int(cutoff)])
        try db.execute("DELETE FROM audit_log WHERE time_ms < ?", [.int(cutoff)])
        return count
    }

    /// The newest records matching `query`, at most its limit (``defaultLimit`` when 0; above ``maxLimit`` is refused).
    static func query(_ query: AuditQuery, in db: SQLConnection) throws -> AuditPage {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        if query.sinceUnixMs != 0 {
            conditions.append("time_ms >= ?")
            arguments.append(.int(query.sinceUnixMs))
        }
        if query.untilUnixMs != 0 {
            conditions.append("time_ms < ?")
            arguments.append(.int(query.untilUnixMs))
        }
        if !query.principal.isEmpty {
            conditions.append("principal = ?")
            arguments.append(.text(query.principal))
        }
        if query.method.hasSuffix("/") || query.method.hasSuffix(".") {
            // A prefix: the range [prefix, prefix + U+10FFFF) uses the method index, unlike LIKE.
            conditions.append("method >= ? AND method < ?")
            arguments += [.text(query.method), .text(query.method + "\u{10FFFF}")]
        } else if !query.method.isEmpty {
            conditions.append("method = ?")
            arguments.append(.text(query.method))
        }
        if !query.authority.isEmpty {
            conditions.append("authority = ? COLLATE NOCASE")
            arguments.append(.text(query.authority))
        }
        if !query.status.isEmpty {
            conditions.append("status = ?")
            arguments.append(.text(query.status.uppercased()))
        }
        let limit = query.limit == 0 ? defaultLimit : Int(query.limit)
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try db.rows(
            """
            SELECT id, time_ms, principal, peer, method, authority, status, duration_us, bytes_in, bytes_out, rows_stored
            FROM audit_log \(filter) ORDER BY time_ms DESC, id DESC LIMIT ?
            """, arguments + [.int(limit + 1)])
        var page = AuditPage(records: [], truncated: rows.count > limit)
        var ids: [Int] = []
        for row in rows.prefix(limit) {
            ids.append(try row.int("id"))
            page.records.append(
                AuditRecord(
                    timeUnixMs: try row.int("time_ms"), principal: try row.string("principal"), peer: try row.string("peer"),
                    method: try row.string("method"), authority: try row.string("authority"), status: try row.string("status"),
                    durationUs: try row.int("duration_us"), bytesIn: try row.int("bytes_in"), bytesOut: try row.int("bytes_out"),
                    files: [], rowsStored: try row.int("rows_stored")))
        }
        if let low = ids.min(), let high = ids.max() {
            let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
            for row in try db.rows(
                "SELECT audit_id, dataset, file_name, sha256 FROM audit_log_file WHERE audit_id BETWEEN ? AND ? ORDER BY audit_id, position",
                [.int(low), .int(high)])
            {
                guard let position = index[try row.int("audit_id")] else { continue }
                page.records[position].files.append(
                    AuditImportFile(
                        dataset: try row.string("dataset"), fileName: try row.string("file_name"), sha256: try row.string("sha256")))
            }
        }
        return page
    }
}
