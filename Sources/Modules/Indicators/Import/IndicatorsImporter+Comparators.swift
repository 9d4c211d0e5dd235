import CYPHubCore

extension IndicatorsImporter {
    /// England's ONS code.
    static let englandCode = "E92000001"

    /// `indicator_id, period, area_type, area_code, area_name, value, source`.
    func importComparators(_ csv: String, fileName: String) async throws -> Int {
        let table = try CSVTable.parse(
            csv, fileName: fileName, requiredColumns: IndicatorsDataset.comparators.requiredColumns,
            optionalColumns: IndicatorsDataset.comparators.optionalColumns)
        let (parsed, formatIssues) = Self.convert(table) { record throws(ImportIssue) -> (CSVRecord, AreaComparator) in
            let areaType = try record.choice("area_type", AreaType.self)
            let code: String
            switch areaType {
            case .england:
                code = try record.requiredText("area_code").uppercased()
                guard code == Self.englandCode else {
                    throw record.issue("area_code", "England's code is \(Self.englandCode), not \(code)")
                }
            case .region:
                code = try record.regionCode("area_code")
            }
            return (
                record,
                AreaComparator(
                    indicatorID: try record.indicatorID("indicator_id"), period: try record.period("period"),
                    areaType: areaType, areaCode: code, areaName: try record.requiredText("area_name"),
                    value: try record.double("value"), source: record.text("source"))
            )
        }
        let duplicateIssues = Self.duplicates(
            parsed.map { ($0.0, "\($0.1.indicatorID) \($0.1.period.code) \($0.1.areaCode)") }, column: "area_code"
        ) { "the comparator \($0)" }
        let comparators = parsed.map(\.1)
        try await storage.write { db in
            let definitions = Dictionary(
                uniqueKeysWithValues: try IndicatorsStore.definitions(db).map { ($0.id, $0) })
            var issues = formatIssues + duplicateIssues
            for (record, comparator) in parsed {
                guard let definition = definitions[comparator.indicatorID] else {
                    issues.append(
                        record.issue(
                            "indicator_id", "unknown indicator '\(comparator.indicatorID)'; import its definition first"))
                    continue
                }
                if comparator.period.frequency != definition.frequency {
                    issues.append(
                        record.issue(
                            "period",
                            "\(comparator.period.code) is not a \(definition.frequency.displayName.lowercased()) period"))
                }
                if definition.valueType == .percent, !(0...100).contains(comparator.value) {
                    issues.append(record.issue("value", "\(comparator.value) is not a percentage (0-100)"))
                }
            }
            try Self.check(issues)
            try IndicatorsStore.upsert(comparators, db)
        }
        return comparators.count
    }
}
