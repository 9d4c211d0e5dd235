import CYPHubCore
import Foundation

/// Imports CSV files into the module's tables: parse and check every row first, then store in one
/// transaction. A file with any failing row stores nothing and reports every issue (file, line,
/// column, reason). A file replaces, as a whole, the dataset's rows of every (authority, snapshot
/// date) it contains: those rows are deleted and the file's rows inserted in the same transaction,
/// so a reader sees the old snapshot or the new one, never a mix. Other snapshots are untouched.
enum SocialCareImporter {
    /// Largest caseload or count accepted for one worker (a typo guard, not a policy).
    static let maximumCaseload = 10_000

    /// Parses `text` as `dataset` and stores it.
    static func importCSV(dataset: Dataset, fileName: String, text: String, storage: Storage) async throws
        -> ImportResult
    {
        let table = try self.table(for: dataset)
        let rows = try parse(dataset: dataset, fileName: fileName, text: text)
        let keys = Array(Set(rows.map(\.key))).sorted()
        let columns = self.columns(dataset)
        let insert =
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) "
            + "VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let arguments: [[SQLValue]] = rows.map { row in
            [.text(row.authority), .text(row.date.description)] + row.values + [.text(fileName), .int(row.line)]
        }
        let replaced = try await storage.write { db in
            var replaced = 0
            for key in keys {
                try db.execute(
                    "DELETE FROM \(table) WHERE authority = ? AND snapshot_date = ?",
                    [.text(key.authority), .text(key.date)]
                )
                replaced += db.changes
            }
            try db.executeMany(insert, rows: arguments)
            return replaced
        }
        return ImportResult(
            dataset: dataset, fileName: fileName, rowsStored: rows.count, rowsReplaced: replaced, snapshots: keys
        )
    }

    /// The file's name from a request, trimmed; `INVALID_ARGUMENT` when empty.
    static func validatedFileName(_ name: String) throws -> String {
        let fileName = name.trimmingCharacters(in: .whitespaces)
        guard !fileName.isEmpty else {
            throw RPCError.invalidArgument("file_name: required (it names the file in every issue reported)")
        }
        return fileName
    }

    /// The table `dataset` is stored in, or `INVALID_ARGUMENT` for no dataset.
    static func table(for dataset: Dataset) throws -> String {
        guard let table = SocialCareSchema.table(for: dataset) else {
            throw RPCError.invalidArgument(
                "dataset: required; one of \(Dataset.importable.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return table
    }

    /// Every stored column of `dataset`'s table, in insert order.
    static func columns(_ dataset: Dataset) -> [String] {
        ["authority", "snapshot_date"] + storedColumns(dataset) + ["source_file", "source_line"]
    }

    /// The dataset's own stored columns, in the order ``ImportedRow/values`` holds them.
    static func storedColumns(_ dataset: Dataset) -> [String] {
        switch dataset {
        case .demandSnapshot: Array(dataset.requiredColumns.dropFirst(2))
        case .workerCaseloads: ["worker_id", "team_id", "team_type", "cases", "families"]
        case .supervision: ["area", "supervisions_due", "supervisions_in_timescale"]
        case .unspecified: []
        }
    }

    /// Parses and checks every row; throws one `ImportError` with every issue.
    static func parse(dataset: Dataset, fileName: String, text: String) throws(ImportError) -> [ImportedRow] {
        let table = try CSVTable.parse(
            text, fileName: fileName, requiredColumns: dataset.requiredColumns, optionalColumns: dataset.optionalColumns
        )
        guard !table.records.isEmpty else {
            throw ImportError(
                ImportIssue(file: fileName, line: 0, column: "", reason: "the file has no data rows: nothing to import")
            )
        }
        // Each row's identity within the file, to report duplicates with the line they repeat.
        var seen: [String: Int] = [:]
        return try table.map { record throws(ImportIssue) in
            let parsed = try parseRecord(record, dataset: dataset)
            if let first = seen[parsed.identity] {
                throw record.issue(parsed.column, duplicateReason(of: first, dataset))
            }
            seen[parsed.identity] = record.line
            return parsed.row
        }
    }

    /// One checked row, with its identity in the file (authority, date and what the dataset holds one row per) and the
    /// column a duplicate is reported against.
    static func parseRecord(_ record: CSVRecord, dataset: Dataset) throws(ImportIssue) -> (
        row: ImportedRow, identity: String, column: String
    ) {
        let authority = try record.authorityCode("authority_code")
        let date = try record.date("snapshot_date")
        let parsed: (identity: String, column: String, values: [SQLValue])
        switch dataset {
        case .demandSnapshot: parsed = try demandValues(record)
        case .workerCaseloads: parsed = try workerValues(record)
        case .supervision: parsed = try supervisionValues(record)
        case .unspecified: throw record.issue("", "no dataset")
        }
        return (
            ImportedRow(authority: authority, date: date, values: parsed.values, line: record.line),
            "\(authority)|\(date)|\(parsed.identity)", parsed.column
        )
    }

    /// Why a row that repeats line `first` is refused.
    static func duplicateReason(of first: Int, _ dataset: Dataset) -> String {
        "duplicate of line \(first): one row per \(duplicateUnit(dataset))"
    }

    private static func duplicateUnit(_ dataset: Dataset) -> String {
        switch dataset {
        case .demandSnapshot: "authority and snapshot date"
        case .workerCaseloads: "worker per authority and snapshot date"
        case .supervision: "area per authority and snapshot date"
        case .unspecified: "row"
        }
    }

    // MARK: Templates

    private static func demandValues(_ record: CSVRecord) throws(ImportIssue) -> (String, String, [SQLValue]) {
        let population = try record.int("population")
        let children = try record.int("children_aged_0_to_17", range: 1...Int(Int32.max))
        if children > population {
            throw record.issue(
                "children_aged_0_to_17",
                "\(FigureText.count(children)) children aged 0-17 is more than the population "
                    + "(\(FigureText.count(population)))"
            )
        }
        let ehcps = try record.int("ehcps_aged_0_to_25")
        let cp = try record.int("child_protection_plans")
        let cla = try record.int("children_looked_after")
        let cin = try record.int("children_in_need")
        if cp > cin {
            throw record.issue(
                "child_protection_plans",
                "\(FigureText.count(cp)) is more than children_in_need (\(FigureText.count(cin))), which includes them"
            )
        }
        if cla > cin {
            throw record.issue(
                "children_looked_after",
                "\(FigureText.count(cla)) is more than children_in_need (\(FigureText.count(cin))), which includes them"
            )
        }
        let values: [SQLValue] = [
            .int(population), .int(children), .int(ehcps), .int(cp), .int(cla), .int(cin),
            .int(try record.int("early_help_assessments_opened_in_week")),
            .int(try record.int("lado_cases_open")),
            .int(try record.int("cass_in_care_s20")),
            .int(try record.int("cass_care_leavers")),
        ]
        return ("", "snapshot_date", values)
    }

    private static func workerValues(_ record: CSVRecord) throws(ImportIssue) -> (String, String, [SQLValue]) {
        let workerId = try record.requiredText("worker_id")
        let teamId = try record.requiredText("team_id")
        let teamTypeName = try record.choice("team_type", TeamType.specified.map(\.rawValue))
        guard let teamType = TeamType(rawValue: teamTypeName) else {
            throw record.issue("team_type", "unknown team type")
        }
        let cases = try record.int("cases", range: 0...maximumCaseload)
        let families = try record.optionalInt("families", range: 0...maximumCaseload)
        if teamType.countsFamilies {
            guard let families else {
                throw record.issue("families", "a value is required for \(teamType.rawValue) workers (families held)")
            }
            if families > cases {
                throw record.issue(
                    "families",
                    "\(families) families is more than the \(cases) cases (individuals) held: "
                        + "each family has at least one"
                )
            }
        } else if families != nil {
            throw record.issue("families", "must be empty: families are counted only for early_help_cluster workers")
        }
        let values: [SQLValue] = [
            .text(workerId), .text(teamId), .text(teamType.rawValue), .int(cases), .int(families),
        ]
        return (workerId, "worker_id", values)
    }

    private static func supervisionValues(_ record: CSVRecord) throws(ImportIssue) -> (String, String, [SQLValue]) {
        let areaName = try record.choice("area", SupervisionArea.specified.map(\.rawValue))
        let due = try record.int("supervisions_due")
        let inTimescale = try record.int("supervisions_in_timescale")
        if inTimescale > due {
            throw record.issue(
                "supervisions_in_timescale", "\(inTimescale) is more than the \(due) supervisions due"
            )
        }
        return (areaName, "area", [.text(areaName), .int(due), .int(inTimescale)])
    }
}
