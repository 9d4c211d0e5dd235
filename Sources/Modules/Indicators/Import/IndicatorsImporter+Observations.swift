import CYPHubCore

extension IndicatorsImporter {
    /// A record's fields before they are checked against the indicator's definition.
    struct RawObservation: Sendable {
        var record: CSVRecord
        var authorityCode: String
        var indicatorID: String
        var period: ReportingPeriod
        var value: Double?
        var numerator: Double?
        var denominator: Double?
        var source: String
    }

    /// `authority_code, indicator_id, period, value, numerator, denominator, source`.
    func importObservations(_ csv: String, fileName: String) async throws -> Int {
        let table = try CSVTable.parse(
            csv, fileName: fileName, requiredColumns: IndicatorsDataset.observations.requiredColumns,
            optionalColumns: IndicatorsDataset.observations.optionalColumns)
        let (raw, formatIssues) = Self.convert(table) { record throws(ImportIssue) -> RawObservation in
            let observation = RawObservation(
                record: record,
                authorityCode: try record.authorityCode("authority_code"),
                indicatorID: try record.indicatorID("indicator_id"),
                period: try record.period("period"),
                value: try record.optionalDouble("value"),
                numerator: try record.optionalDouble("numerator", range: 0...Double.greatestFiniteMagnitude),
                denominator: try record.optionalDouble("denominator"),
                source: record.text("source"))
            if let denominator = observation.denominator, denominator <= 0 {
                throw record.issue("denominator", "\(record.text("denominator")) is not positive")
            }
            if observation.value == nil, observation.numerator == nil || observation.denominator == nil {
                throw record.issue("value", "a value is required (or both numerator and denominator)")
            }
            return observation
        }
        let duplicateIssues = Self.duplicates(
            raw.map { ($0.record, "\($0.authorityCode) \($0.indicatorID) \($0.period.code)") },
            column: "period"
        ) { "the observation \($0)" }
        return try await storage.write { db in
            let definitions = Dictionary(
                uniqueKeysWithValues: try IndicatorsStore.definitions(db).map { ($0.id, $0) })
            var issues = formatIssues + duplicateIssues
            var observations: [IndicatorObservation] = []
            for item in raw {
                do throws(ImportIssue) {
                    guard let definition = definitions[item.indicatorID] else {
                        throw item.record.issue(
                            "indicator_id", "unknown indicator '\(item.indicatorID)'; import its definition first")
                    }
                    observations.append(try Self.observation(item, definition: definition))
                } catch {
                    issues.append(error)
                }
            }
            try Self.check(issues)
            try IndicatorsStore.upsert(observations, db)
            return observations.count
        }
    }

    /// Checks a raw observation against its definition and computes a missing value from the numerator
    /// and denominator.
    static func observation(
        _ item: RawObservation, definition: IndicatorDefinition
    ) throws(ImportIssue) -> IndicatorObservation {
        let record = item.record
        guard item.period.frequency == definition.frequency else {
            throw record.issue(
                "period",
                "\(item.period.code) is a \(item.period.frequency.displayName.lowercased()) but \(definition.id) "
                    + "is reported by \(definition.frequency.displayName.lowercased())")
        }
        var value = item.value
        if let scale = definition.valueType.ratioScale {
            if let numerator = item.numerator, let denominator = item.denominator {
                if definition.valueType == .percent, numerator > denominator {
                    throw record.issue("numerator", "numerator \(numerator) exceeds denominator \(denominator)")
                }
                let computed = numerator / denominator * scale
                if let given = value, definition.displayed(given) != definition.displayed(computed) {
                    throw record.issue(
                        "value",
                        "\(definition.format(given)) does not match numerator / denominator "
                            + "\(FigureFormatter.grouped(numerator, decimalPlaces: 0)) / "
                            + "\(FigureFormatter.grouped(denominator, decimalPlaces: 0)) = \(definition.format(computed))")
                }
                value = value ?? computed
            }
        } else if item.numerator != nil || item.denominator != nil {
            throw record.issue(
                item.numerator != nil ? "numerator" : "denominator",
                "a \(definition.valueType.displayName.lowercased()) indicator has no numerator or denominator")
        }
        guard let value else {
            throw record.issue("value", "a value is required for a \(definition.valueType.displayName) indicator")
        }
        if definition.valueType == .percent, !(0...100).contains(value) {
            throw record.issue("value", "\(value) is not a percentage (0-100)")
        }
        if [.number, .ratePer10000, .weeks].contains(definition.valueType), value < 0 {
            throw record.issue("value", "\(value) is negative")
        }
        return IndicatorObservation(
            authorityCode: item.authorityCode, indicatorID: item.indicatorID, period: item.period, value: value,
            numerator: item.numerator, denominator: item.denominator, source: item.source)
    }
}
