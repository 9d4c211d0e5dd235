import CYPHubCore
import Foundation
import Logging

/// Every import the host has stored: module, dataset, file name and SHA-256, rows, the authorities and periods it
/// replaced (as the module says, ``ImportOutcome/storedPeriods``; or the authorities its rows named, for every period,
/// when it does not), when and by whom (the host's migration `006-import-log`). Kept whatever the audit settings, for the provenance of
/// snapshots (docs/snapshots.md, "Provenance"): a snapshot names, for each of its module's datasets, the most recent
/// import that stored rows for its authority and period.
///
/// Written by the host once an import's handler has returned (so in a transaction after the import's own: a host that
/// stops between the two keeps the data without its log record).
struct ImportLog: Sendable {
    let storage: Storage

    /// The migration creating the table.
    static let migration = Migration(
        id: "006-import-log",
        sql: """
            CREATE TABLE import_log (
                id INTEGER PRIMARY KEY,
                module TEXT NOT NULL,
                dataset TEXT NOT NULL,
                file_name TEXT NOT NULL,
                file_sha256 TEXT NOT NULL,
                rows INTEGER NOT NULL,
                imported_at_ms INTEGER NOT NULL,
                imported_by TEXT NOT NULL
            );
            CREATE TABLE import_log_period (
                import_id INTEGER NOT NULL REFERENCES import_log (id) ON DELETE CASCADE,
                authority TEXT NOT NULL,
                period TEXT NOT NULL,
                PRIMARY KEY (authority, period, import_id)
            );
            CREATE INDEX import_log_module ON import_log (module, dataset, id);
            """)

    /// One file an import stored.
    struct Entry: Sendable {
        var module: String
        var dataset: String
        var fileName: String
        var fileSHA256: String
        var rows: Int
        var importedAtMs: Int
        var importedBy: String
        /// The authorities and periods replaced; a period of "" stands for every period.
        var periods: [(authority: String, period: String)]
    }

    /// Records the files of an import that stored `outcome` (rows by dataset), whose rows named `authorities`.
    func record(
        module: String, files: [AuditImportFile], outcome: any ImportOutcome, authorities: [String], principal: String,
        at time: Int, logger: Logger
    ) async {
        let rowsByDataset = Dictionary(outcome.storedRows.map { ($0.dataset, $0.rows) }, uniquingKeysWith: +)
        let stated = outcome.storedPeriods
        let periods = stated.isEmpty ? authorities.map { ($0, "") } : stated
        let entries = files.map { file in
            Entry(
                module: module, dataset: file.dataset, fileName: file.fileName, fileSHA256: file.sha256,
                rows: rowsByDataset[file.dataset] ?? 0, importedAtMs: time, importedBy: principal, periods: periods)
        }
        guard !entries.isEmpty else { return }
        do {
            try await storage.write { db in
                for entry in entries { try Self.insert(entry, into: db) }
            }
        } catch {
            logger.error("import log: could not record the import of \(files.map(\.fileName)) into \(module): \(error)")
        }
    }

    static func insert(_ entry: Entry, into db: SQLConnection) throws {
        try db.execute(
            """
            INSERT INTO import_log (module, dataset, file_name, file_sha256, rows, imported_at_ms, imported_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(entry.module), .text(entry.dataset), .text(entry.fileName), .text(entry.fileSHA256), .int(entry.rows),
                .int(entry.importedAtMs), .text(entry.importedBy),
            ])
        guard let id = try db.row("SELECT last_insert_rowid() AS id")?.int("id") else { return }
        for (authority, period) in entry.periods {
            try db.execute(
                "INSERT OR IGNORE INTO import_log_period (import_id, authority, period) VALUES (?, ?, ?)",
                [.int(id), .text(authority), .text(period)])
        }
    }

    /// For each dataset of `module`, the most recent import that stored rows for `authority` and `period` (or for every
    /// period of `authority`), by dataset name.
    static func provenance(module: String, authority: String, period: String, in db: SQLConnection) throws -> [SnapshotProvenance] {
        try db.rows(
            """
            SELECT \(provenanceColumns) FROM import_log
            WHERE id IN (
                SELECT MAX(log.id) FROM import_log AS log JOIN import_log_period AS held ON held.import_id = log.id
                WHERE log.module = ? AND held.authority = ? AND held.period IN ('', ?) AND log.rows > 0 GROUP BY log.dataset)
            ORDER BY dataset
            """, [.text(module), .text(authority), .text(period)]
        ).map(provenance(row:))
    }

    /// The columns ``provenance(row:)`` reads, in `import_log` and `snapshot_provenance` alike.
    static let provenanceColumns = "dataset, file_name, file_sha256, rows, imported_at_ms, imported_by"

    /// One import as a snapshot's provenance, from a row of ``provenanceColumns``.
    static func provenance(row: SQLRow) throws -> SnapshotProvenance {
        SnapshotProvenance(
            dataset: try row.string("dataset"), fileName: try row.string("file_name"), fileSha256: try row.string("file_sha256"),
            importedAtUnixMs: try row.int("imported_at_ms"), importedBy: try row.string("imported_by"), rows: try row.int("rows"))
    }

    /// Milliseconds since 1970 now.
    static func nowMs() -> Int { Int((Date().timeIntervalSince1970 * 1000).rounded()) }
}
