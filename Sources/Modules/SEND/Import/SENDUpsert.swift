import CYPHubCore

/// How the rows of a dataset that upserts by key are checked, keyed and stored: one definition serves the import of a
/// whole file (``importTable(_:storage:)``) and the streamed one (``streamPlan(fileName:)``).
struct SENDUpsert: Sendable {
    /// The table's columns, in the order each row's values hold them.
    let columns: [String]
    /// One statement with a `?` per column, upserting one row.
    let insert: String
    /// Checks one record: its values, its key in the file (a repeat is refused) and how a repeat names it.
    let parse: @Sendable (CSVRecord) throws(ImportIssue) -> StreamedImport.Row

    /// An upsert into `table` (`INSERT OR REPLACE` of every column).
    init(table: String, columns: [String], parse: @escaping @Sendable (CSVRecord) throws(ImportIssue) -> StreamedImport.Row) {
        self.init(
            columns: columns,
            insert: "INSERT OR REPLACE INTO \(table) (\(columns.joined(separator: ", "))) "
                + "VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
            parse: parse)
    }

    /// An upsert by `insert`.
    init(columns: [String], insert: String, parse: @escaping @Sendable (CSVRecord) throws(ImportIssue) -> StreamedImport.Row) {
        self.columns = columns
        self.insert = insert
        self.parse = parse
    }

    /// Why a row whose key repeats line `first` is refused.
    static func duplicateReason(_ row: StreamedImport.Row, first: Int) -> String {
        "\(row.described) appears twice (first on line \(first))"
    }

    /// Checks every record of `table` and its keys, then stores the rows in one transaction; returns the rows stored.
    func importTable(_ table: CSVTable, storage: Storage) async throws -> Int {
        let rows = try table.map(parse)
        var keys = DuplicateKeys<String>()
        for (record, row) in zip(table.records, rows) {
            guard let key = row.identity else { continue }
            keys.check(key, record: record, column: row.column, describing: row.described)
        }
        try keys.throwIfAny()
        let insert = self.insert
        return try await storage.write { db in
            try db.executeMany(insert, rows: rows.map(\.values))
            return rows.count
        }
    }

    /// The streamed import of a file of this dataset: rows staged as they arrive, upserted in file order at the end.
    func streamPlan(dataset: SENDDataset, fileName: String) -> StreamedImport.Plan<SENDImportResult> {
        let (columns, insert) = (self.columns, self.insert)
        return StreamedImport.Plan(
            fileName: fileName, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            columns: columns, parse: parse, duplicateReason: { Self.duplicateReason($0, first: $1) },
            commit: { db, staged in
                try staged.forEachBatch(db, columns: columns) { rows in try db.executeMany(insert, rows: rows) }
                return SENDImportResult(dataset: dataset.rawValue, fileName: fileName, rowsStored: staged.rows)
            })
    }
}
