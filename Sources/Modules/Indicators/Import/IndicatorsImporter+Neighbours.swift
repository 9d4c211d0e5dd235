import CYPHubCore

extension IndicatorsImporter {
    /// `version, effective_date, authority_code, position, neighbour_code`: each (version, authority) in the
    /// file replaces that authority's set in that version.
    func importNeighbours(_ csv: String, fileName: String) async throws -> Int {
        let table = try CSVTable.parse(
            csv, fileName: fileName, requiredColumns: IndicatorsDataset.neighbours.requiredColumns,
            optionalColumns: IndicatorsDataset.neighbours.optionalColumns)
        struct Row {
            var record: CSVRecord
            var version: String
            var date: LocalDate
            var authority: String
            var position: Int
            var neighbour: String
        }
        let (rows, formatIssues) = Self.convert(table) { record throws(ImportIssue) -> Row in
            let row = Row(
                record: record, version: try record.requiredText("version"), date: try record.date("effective_date"),
                authority: try record.authorityCode("authority_code"), position: try record.int("position", range: 1...10),
                neighbour: try record.authorityCode("neighbour_code"))
            if row.neighbour == row.authority {
                throw record.issue("neighbour_code", "an authority cannot be its own neighbour")
            }
            return row
        }
        var issues = formatIssues
        // One effective date per version.
        var versionDates: [String: (LocalDate, Int)] = [:]
        for row in rows {
            if let (date, line) = versionDates[row.version], date != row.date {
                issues.append(
                    row.record.issue(
                        "effective_date", "version \(row.version) has effective date \(date) on line \(line)"))
            } else if versionDates[row.version] == nil {
                versionDates[row.version] = (row.date, row.record.line)
            }
        }
        issues += Self.duplicates(
            rows.map { ($0.record, "\($0.version) \($0.authority) \($0.position)") }, column: "position"
        ) { "position \($0.split(separator: " ").last ?? "") for this version and authority" }
        issues += Self.duplicates(
            rows.map { ($0.record, "\($0.version) \($0.authority) \($0.neighbour)") }, column: "neighbour_code"
        ) { "neighbour \($0.split(separator: " ").last ?? "") for this version and authority" }

        var sets: [NeighbourSet] = []
        var index: [String: Int] = [:]
        for row in rows.sorted(by: { $0.position < $1.position }) {
            let key = "\(row.version) \(row.authority)"
            if let position = index[key] {
                sets[position].neighbourCodes.append(row.neighbour)
            } else {
                index[key] = sets.count
                sets.append(
                    NeighbourSet(
                        authorityCode: row.authority, version: row.version, effectiveDate: row.date.description,
                        neighbourCodes: [row.neighbour]))
            }
        }
        let firstRecord = Dictionary(rows.map { ($0.version, $0.record) }) { first, _ in first }
        let fileDates = versionDates.mapValues(\.0)
        let newSets = sets
        let fileIssues = issues
        try await storage.write { db in
            var issues = fileIssues
            for (version, storedDate) in try IndicatorsStore.neighbourVersionDates(db) {
                if let date = fileDates[version], date.description != storedDate,
                    let record = firstRecord[version]
                {
                    issues.append(
                        record.issue(
                            "effective_date",
                            "version \(version) is already stored with effective date \(storedDate)"))
                }
            }
            try Self.check(issues)
            try IndicatorsStore.replace(newSets, db)
        }
        return rows.count
    }
}
