import CYPHubCore

extension IndicatorsImporter {
    /// The comparator symbols a definitions file may use.
    static let comparatorSymbols = TargetComparator.comparators.map(\.symbol)

    /// `indicator_id, name, value_type, polarity, frequency, decimal_places, target_comparator, target_value,
    /// amber_tolerance, amber_tolerance_kind, comparison`.
    func importDefinitions(_ csv: String, fileName: String) async throws -> Int {
        let table = try CSVTable.parse(
            csv, fileName: fileName, requiredColumns: IndicatorsDataset.definitions.requiredColumns,
            optionalColumns: IndicatorsDataset.definitions.optionalColumns)
        let (parsed, formatIssues) = Self.convert(table) { record throws(ImportIssue) in
            (record, try Self.definition(record))
        }
        let definitions = parsed.map(\.1)
        try await storage.write { db in
            var issues = formatIssues
            issues += Self.duplicates(parsed.map { ($0.0, $0.1.id) }, column: "indicator_id") { "indicator \($0)" }
            // A definition's frequency cannot change under observations of the old frequency.
            for (record, definition) in parsed {
                let stored = try db.rows(
                    "SELECT period FROM ind_observations WHERE indicator_id = ?", [.text(definition.id)])
                let mismatched = try stored.filter {
                    ReportingPeriod(parsing: try $0.string("period"))?.frequency != definition.frequency
                }
                if let example = mismatched.first {
                    issues.append(
                        record.issue(
                            "frequency",
                            "indicator \(definition.id) already has \(mismatched.count) observation(s) of another "
                                + "frequency (e.g. \(try example.string("period"))); its frequency cannot change"))
                }
            }
            try Self.check(issues)
            try IndicatorsStore.upsert(definitions, db)
        }
        return definitions.count
    }

    static func definition(_ record: CSVRecord) throws(ImportIssue) -> IndicatorDefinition {
        let id = try record.indicatorID("indicator_id")
        let name = try record.requiredText("name")
        let valueType = try record.choice("value_type", ValueType.self, excluding: [.unspecified])
        let polarity = try record.choice("polarity", Polarity.self)
        let frequency = try record.choice("frequency", ReportingFrequency.self, excluding: [.unspecified])
        let places = try record.int("decimal_places", range: 0...6)

        var target: IndicatorTarget?
        let hasComparator = !record.text("target_comparator").isEmpty
        let hasTargetValue = !record.text("target_value").isEmpty
        if hasComparator != hasTargetValue {
            throw record.issue(
                hasComparator ? "target_value" : "target_comparator",
                "a target needs both target_comparator and target_value")
        }
        if hasComparator {
            let symbol = try record.choice("target_comparator", comparatorSymbols)
            guard let comparator = TargetComparator(symbol: symbol) else {
                throw record.issue("target_comparator", "'\(symbol)' is not a comparator")
            }
            target = IndicatorTarget(comparator, try record.double("target_value"))
        }

        var tolerance = Tolerance.zero
        if !record.text("amber_tolerance").isEmpty {
            guard target != nil else {
                throw record.issue("amber_tolerance", "an amber tolerance needs a target")
            }
            let kindText =
                record.text("amber_tolerance_kind").isEmpty
                ? "absolute" : try record.choice("amber_tolerance_kind", ["absolute", "percent_of_target"])
            let kind: ToleranceKind = kindText == "absolute" ? .absolute : .percentOfReference
            let amount = try record.double(
                "amber_tolerance", range: kind == .absolute ? 0...Double.greatestFiniteMagnitude : 0...100)
            tolerance = Tolerance(kind, amount)
        } else if !record.text("amber_tolerance_kind").isEmpty {
            throw record.issue("amber_tolerance", "amber_tolerance_kind is given but amber_tolerance is empty")
        }
        let comparison =
            record.text("comparison").isEmpty
            ? ComparisonBasis.previousPeriod : try record.choice("comparison", ComparisonBasis.self)
        if valueType == .percent, let target, !(0...100).contains(target.value) {
            throw record.issue("target_value", "\(target.value) is not a percentage (0-100)")
        }
        return IndicatorDefinition(
            id: id, name: name, valueType: valueType, polarity: polarity, frequency: frequency,
            decimalPlaces: places, target: target, amberTolerance: tolerance, comparison: comparison)
    }
}
