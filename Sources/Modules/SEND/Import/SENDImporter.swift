public import CYPHubCore

/// Imports the SEND module's CSV files: parses every record (collecting every issue), checks rows
/// against each other and against what is stored, and stores the whole file in one transaction, or
/// nothing.
public struct SENDImporter: Sendable {
    /// The database the rows go to.
    public let storage: Storage

    /// Creates an importer over `storage` (which must have the module's migrations applied).
    public init(storage: Storage) {
        self.storage = storage
    }

    /// How a dataset's rows are stored: upserted by key, or replacing what the plans they name held (checked across
    /// the whole file).
    enum Storing {
        case upsert(SENDUpsert)
        case highNeedsLines
        case highNeedsSavingsDetail
    }

    static func storing(_ dataset: SENDDataset) -> Storing {
        switch dataset {
        case .caseload: .upsert(caseload)
        case .newPlans: .upsert(newPlans)
        case .ehcpAssessments: .upsert(assessments)
        case .annualReviews: .upsert(reviews)
        case .amendments: .upsert(amendments)
        case .phaseTransfers: .upsert(transfers)
        case .highNeedsPlans: .upsert(plans)
        case .highNeedsLines: .highNeedsLines
        case .highNeedsSavingsDetail: .highNeedsSavingsDetail
        }
    }

    /// Imports `text` into `dataset`; returns the number of data rows stored.
    ///
    /// Throws ``ImportError`` (every issue, each naming file, line, column and reason) when anything in
    /// the file is wrong; nothing is stored then.
    public func importCSV(_ dataset: SENDDataset, fileName: String, text: String) async throws -> Int {
        let table = try CSVTable.parse(
            text, fileName: fileName, requiredColumns: dataset.requiredColumns,
            optionalColumns: dataset.optionalColumns
        )
        switch Self.storing(dataset) {
        case .upsert(let upsert):
            return try await upsert.importTable(table, storage: storage)
        case .highNeedsLines:
            let rows = try table.map(Self.parseLine)
            return try await storage.write { db in try Self.replaceLines(rows, in: db) }
        case .highNeedsSavingsDetail:
            let rows = try table.map(Self.parseDetail)
            return try await storage.write { db in try Self.replaceDetails(rows, in: db) }
        }
    }

    /// The streamed import of a file of `dataset` (``SEND/Method/ImportStream``): rows checked and staged as they
    /// arrive; at the end an upsert stores them in file order, and High Needs lines and savings detail (plan-sized
    /// files, checked across the file) are read back and checked as ``importCSV(_:fileName:text:)`` checks them.
    static func streamPlan(dataset: SENDDataset, fileName: String) -> StreamedImport.Plan<SENDImportResult> {
        switch storing(dataset) {
        case .upsert(let upsert):
            return upsert.streamPlan(dataset: dataset, fileName: fileName)
        case .highNeedsLines:
            return wholeFilePlan(
                dataset: dataset, fileName: fileName, columns: lineColumns,
                parse: { record throws(ImportIssue) in lineValues(try parseLine(record)) },
                replace: { staged, db in try replaceLines(staged.map { lineRow($0, fileName: fileName) }, in: db) })
        case .highNeedsSavingsDetail:
            return wholeFilePlan(
                dataset: dataset, fileName: fileName, columns: detailColumns,
                parse: { record throws(ImportIssue) in detailValues(try parseDetail(record)) },
                replace: { staged, db in try replaceDetails(staged.map { detailRow($0, fileName: fileName) }, in: db) })
        }
    }

    /// A streamed import whose rows are read back at the end, each row's values then its line, and stored by `replace`.
    private static func wholeFilePlan(
        dataset: SENDDataset, fileName: String, columns: [String],
        parse: @escaping @Sendable (CSVRecord) throws(ImportIssue) -> [SQLValue],
        replace: @escaping @Sendable ([[SQLValue]], SQLConnection) throws -> Int
    ) -> StreamedImport.Plan<SENDImportResult> {
        StreamedImport.Plan(
            fileName: fileName, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            columns: columns,
            parse: { record throws(ImportIssue) in StreamedImport.Row(values: try parse(record), identity: nil, column: "") },
            commit: { db, staged in
                var rows: [[SQLValue]] = []
                try staged.forEachBatch(db, columns: columns + [staged.lineColumn]) { rows += $0 }
                let stored = try replace(rows, db)
                return SENDImportResult(dataset: dataset.rawValue, fileName: fileName, rowsStored: stored)
            })
    }
}
