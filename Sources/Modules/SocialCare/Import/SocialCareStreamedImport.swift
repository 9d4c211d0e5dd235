import CYPHubCore
import Foundation

/// An import of a file of any size sent in pieces (``SocialCare/Method/ImportStream``), all or nothing like
/// ``SocialCareImporter/importCSV(dataset:fileName:text:storage:)``: each piece's rows are parsed and checked as it
/// arrives, and staged in a temporary table of the database's writer connection, a batch at a time (a duplicate row is
/// found there, by the table's unique key); once the client has sent the last piece and no row failed, one transaction
/// replaces the snapshots the file names with the staged rows. Memory holds one piece and one batch, whatever the
/// file's size. A failed, cancelled or broken upload drops its staging table and stores nothing (a temporary table
/// also goes with the connection, should the host stop mid-upload).
struct SocialCareStreamedImport {
    /// Rows staged per write.
    static let batchRows = 5_000

    let dataset: Dataset
    let fileName: String
    let table: String
    let storage: Storage
    /// The staging table, `temp.<name>`: the dataset's columns and each row's identity, unique.
    let staging: String

    /// Reads the pieces, checks and stages the rows, and stores them when the last piece has arrived.
    static func run(_ pieces: RequestStream<ImportChunk>, storage: Storage) async throws -> ImportResult {
        var iterator = pieces.makeAsyncIterator()
        guard let first = try await iterator.next() else {
            throw RPCError.invalidArgument("no ImportChunk was sent: the first names the dataset and the file")
        }
        let upload = SocialCareStreamedImport(
            dataset: first.dataset, fileName: try SocialCareImporter.validatedFileName(first.fileName),
            table: try SocialCareImporter.table(for: first.dataset), storage: storage,
            staging: "sc_import_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())
        try await upload.createStaging()
        do {
            var reader = CSVStreamReader(
                fileName: upload.fileName, requiredColumns: first.dataset.requiredColumns,
                optionalColumns: first.dataset.optionalColumns)
            var staged = 0
            var piece: ImportChunk? = first
            while let current = piece {
                staged += try await upload.stage(try reader.read(current.data), issues: &reader.issues)
                piece = try await iterator.next()
            }
            staged += try await upload.stage(try reader.finish(), issues: &reader.issues)
            if let refusal = reader.issues.error { throw refusal }
            guard staged > 0 else {
                throw ImportError(
                    ImportIssue(file: upload.fileName, line: 0, column: "", reason: "the file has no data rows: nothing to import"))
            }
            try Task.checkCancellation()
            return try await upload.commit(rows: staged)
        } catch {
            await upload.dropStaging()
            throw error
        }
    }

    private var stagingColumns: [String] { SocialCareImporter.columns(dataset) + ["identity"] }

    private func createStaging() async throws {
        let columns = stagingColumns.map { "\($0) ANY" }.joined(separator: ", ")
        let sql = "CREATE TEMP TABLE \(staging) (\(columns), UNIQUE (identity))"
        try await storage.write { db in try db.execute(sql) }
    }

    /// Drops the staging table, even when the call was cancelled (in a task of its own, which is not).
    private func dropStaging() async {
        let (storage, sql) = (self.storage, "DROP TABLE IF EXISTS temp.\(staging)")
        await Task { try? await storage.write { db in try db.execute(sql) } }.value
    }

    /// Checks `records` and stages the good ones in batches; notes each failing row's issue (a duplicate's too, found by
    /// the staging table's key) in file order. Returns the rows staged.
    private func stage(_ records: [CSVRecord], issues: inout ImportIssues) async throws -> Int {
        var staged = 0
        var start = records.startIndex
        while start < records.endIndex {
            let end = min(start + Self.batchRows, records.endIndex)
            var rows: [(line: Int, column: String, values: [SQLValue])] = []
            var found: [ImportIssue] = []
            for record in records[start..<end] {
                do {
                    let parsed = try SocialCareImporter.parseRecord(record, dataset: dataset)
                    let row = parsed.row
                    rows.append(
                        (
                            row.line, parsed.column,
                            [.text(row.authority), .text(row.date.description)] + row.values
                                + [.text(fileName), .int(row.line), .text(parsed.identity)]
                        ))
                } catch {
                    found.append(error)
                }
            }
            let (insert, firstLine, dataset, fileName) = (
                "INSERT OR IGNORE INTO temp.\(staging) (\(stagingColumns.joined(separator: ", "))) "
                    + "VALUES (\(stagingColumns.map { _ in "?" }.joined(separator: ", ")))",
                "SELECT source_line FROM temp.\(staging) WHERE identity = ?", self.dataset, self.fileName
            )
            let batch = rows
            let duplicates = try await storage.write { db in
                var duplicates: [ImportIssue] = []
                for row in batch {
                    try db.execute(insert, row.values)
                    guard db.changes == 0 else { continue }
                    let first = try db.row(firstLine, [row.values[row.values.count - 1]])?.int("source_line") ?? 0
                    duplicates.append(
                        ImportIssue(
                            file: fileName, line: row.line, column: row.column,
                            reason: SocialCareImporter.duplicateReason(of: first, dataset)))
                }
                return duplicates
            }
            staged += rows.count - duplicates.count
            for issue in (found + duplicates).sorted(by: { $0.line < $1.line }) { issues.add(issue) }
            start = end
        }
        return staged
    }

    /// Replaces the snapshots the staged rows name with them, in one transaction, and drops the staging table.
    private func commit(rows: Int) async throws -> ImportResult {
        let (table, staging, columns) = (self.table, "temp.\(self.staging)", SocialCareImporter.columns(dataset).joined(separator: ", "))
        let (keys, replaced) = try await storage.write { db in
            let keys = try db.rows("SELECT DISTINCT authority, snapshot_date FROM \(staging) ORDER BY authority, snapshot_date")
                .map { SnapshotKey(authority: try $0.string("authority"), date: try $0.string("snapshot_date")) }
            var replaced = 0
            for key in keys {
                try db.execute(
                    "DELETE FROM \(table) WHERE authority = ? AND snapshot_date = ?", [.text(key.authority), .text(key.date)])
                replaced += db.changes
            }
            try db.execute("INSERT INTO \(table) (\(columns)) SELECT \(columns) FROM \(staging) ORDER BY source_line")
            try db.execute("DROP TABLE \(staging)")
            return (keys, replaced)
        }
        return ImportResult(dataset: dataset, fileName: fileName, rowsStored: rows, rowsReplaced: replaced, snapshots: keys)
    }
}
