import CYPHubCore

/// An import of a file of any size sent in pieces (``SocialCare/Method/ImportStream``), all or nothing like
/// ``SocialCareImporter/importCSV(dataset:fileName:text:storage:)``, through the core's ``StreamedImport``: rows are
/// checked and staged as the pieces arrive (a duplicate found by its authority, date and what the dataset holds one
/// row per), and once the client has sent the last piece one transaction replaces the snapshots the file names with
/// the staged rows.
enum SocialCareStreamedImport {
    /// Reads the pieces, checks and stages the rows, and stores them when the last piece has arrived.
    static func run(_ pieces: RequestStream<ImportChunk>, storage: Storage) async throws -> ImportResult {
        try await StreamedImport.run(pieces, storage: storage) { first in
            let dataset = first.dataset
            let fileName = try SocialCareImporter.validatedFileName(first.fileName)
            let table = try SocialCareImporter.table(for: dataset)
            return StreamedImport.Plan(
                fileName: fileName, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
                columns: SocialCareImporter.columns(dataset),
                parse: { record throws(ImportIssue) in
                    let parsed = try SocialCareImporter.parseRecord(record, dataset: dataset)
                    let row = parsed.row
                    return StreamedImport.Row(
                        values: [.text(row.authority), .text(row.date.description)] + row.values
                            + [.text(fileName), .int(row.line)],
                        identity: parsed.identity, column: parsed.column)
                },
                duplicateReason: { SocialCareImporter.duplicateReason(of: $1, dataset) },
                commit: { db, staged in try commit(db, staged, dataset: dataset, table: table) })
        }
    }

    /// Replaces the snapshots the staged rows name with them.
    private static func commit(_ db: SQLConnection, _ staged: StreamedImport.Staged, dataset: Dataset, table: String) throws
        -> ImportResult
    {
        let columns = SocialCareImporter.columns(dataset).joined(separator: ", ")
        let keys = try db.rows("SELECT DISTINCT authority, snapshot_date FROM \(staged.table) ORDER BY authority, snapshot_date")
            .map { SnapshotKey(authority: try $0.string("authority"), date: try $0.string("snapshot_date")) }
        var replaced = 0
        for key in keys {
            try db.execute(
                "DELETE FROM \(table) WHERE authority = ? AND snapshot_date = ?", [.text(key.authority), .text(key.date)])
            replaced += db.changes
        }
        try db.execute(
            "INSERT INTO \(table) (\(columns)) SELECT \(columns) FROM \(staged.table) ORDER BY \(staged.lineColumn)")
        return ImportResult(
            dataset: dataset, fileName: staged.fileName, rowsStored: staged.rows, rowsReplaced: replaced, snapshots: keys)
    }
}
