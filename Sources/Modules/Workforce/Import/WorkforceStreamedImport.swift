import CYPHubCore

/// An import of a file of any size sent in pieces (``Workforce/Method/ImportStream``), all or nothing like
/// ``Workforce/Method/Import``, through the core's ``StreamedImport``: rows are checked and staged as the pieces arrive
/// (a repeat found by the same key), and once the client has sent the last piece one transaction checks the pay rates
/// across the file (both employment types for each authority and date) and replaces every authority and date the file
/// names with its rows.
enum WorkforceStreamedImport {
    /// What the first piece's dataset and file name make of the upload.
    static func plan(dataset: WorkforceDataset, fileName: String) -> StreamedImport.Plan<WorkforceImportResponse> {
        switch dataset {
        case .establishment:
            plan(dataset, fileName, table: .establishment, column: "service") { record throws(ImportIssue) in
                let row = try WorkforceImporter.establishmentRecord(record)
                return (WorkforceStore.values(row), WorkforceImporter.key(row))
            }
        case .staffReturn:
            plan(dataset, fileName, table: .staffReturn, column: "team") { record throws(ImportIssue) in
                let row = try WorkforceImporter.staffReturnRecord(record)
                return (WorkforceStore.values(row), WorkforceImporter.key(row))
            }
        case .payRates:
            plan(dataset, fileName, table: .payRate, column: "employment_type") { record throws(ImportIssue) in
                let row = try WorkforceImporter.payRateRecord(record)
                return (WorkforceStore.values(row), WorkforceImporter.key(row))
            }
        }
    }

    private static func plan(
        _ dataset: WorkforceDataset, _ fileName: String, table: WorkforceTable, column: String,
        parse: @escaping @Sendable (CSVRecord) throws(ImportIssue) -> (values: [SQLValue], key: String)
    ) -> StreamedImport.Plan<WorkforceImportResponse> {
        StreamedImport.Plan(
            fileName: fileName, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns,
            columns: WorkforceStore.columns(table),
            parse: { record throws(ImportIssue) in
                let row = try parse(record)
                return StreamedImport.Row(values: row.values, identity: row.key, column: column, described: row.key)
            },
            duplicateReason: { row, first in WorkforceImporter.duplicateReason(row.described, earlier: first) },
            noRowsReason: WorkforceImporter.noRowsReason,
            commit: { db, staged in
                if table == .payRate { try checkPayRates(staged, in: db) }
                let result = try WorkforceStore.replace(staged: staged, table: table, in: db)
                return WorkforceImportResponse(
                    dataset: dataset.rawValue, fileName: fileName, rows: result.rows, replaced: result.replaced,
                    periods: result.periods)
            })
    }

    /// Refuses the file when an authority and date has one employment type without the other (a premium needs both),
    /// as ``WorkforceImporter/payRates(csv:fileName:)`` does.
    private static func checkPayRates(_ staged: StreamedImport.Staged, in db: SQLConnection) throws {
        let periods = try db.rows(
            """
            SELECT authority, as_at, MIN(\(staged.lineColumn)) AS line, GROUP_CONCAT(employment_type) AS types
            FROM \(staged.table) GROUP BY authority, as_at ORDER BY line
            """)
        var issues: [ImportIssue] = []
        for period in periods {
            let types = Set(try period.string("types").split(separator: ",").map(String.init))
            guard let absent = EmploymentType.allCases.first(where: { !types.contains($0.rawValue) }) else { continue }
            issues.append(
                WorkforceImporter.missingPayRate(
                    period: "\(try period.string("authority")) \(try period.string("as_at"))", absent: absent,
                    fileName: staged.fileName, line: try period.int("line")))
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
    }
}
