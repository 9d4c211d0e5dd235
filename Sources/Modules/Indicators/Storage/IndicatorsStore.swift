import CYPHubCore

/// Reads and writes the module's tables inside a ``Storage`` closure.
enum IndicatorsStore {
    // MARK: Reading

    static func definitions(_ db: SQLConnection) throws -> [IndicatorDefinition] {
        try db.rows("SELECT * FROM ind_definitions ORDER BY ordinal, id").map(definition)
    }

    static func definition(_ row: SQLRow) throws -> IndicatorDefinition {
        let id = try row.string("id")
        func decode<T: RawRepresentable>(_ type: T.Type, _ column: String) throws -> T where T.RawValue == String {
            let text = try row.string(column)
            guard let value = T(rawValue: text) else {
                throw StorageError.unexpectedValue(column: column, .text(text))
            }
            return value
        }
        var target: IndicatorTarget?
        if let symbol = row["target_comparator"].stringValue, let value = row["target_value"].doubleValue {
            guard let comparator = TargetComparator(rawValue: symbol) else {
                throw StorageError.unexpectedValue(column: "target_comparator", .text(symbol))
            }
            target = IndicatorTarget(comparator, value)
        }
        return IndicatorDefinition(
            id: id,
            name: try row.string("name"),
            valueType: try decode(ValueType.self, "value_type"),
            polarity: try decode(Polarity.self, "polarity"),
            frequency: try decode(ReportingFrequency.self, "frequency"),
            decimalPlaces: try row.int("decimal_places"),
            target: target,
            amberTolerance: Tolerance(
                try decode(ToleranceKind.self, "amber_tolerance_kind"), try row.double("amber_tolerance")),
            comparison: try decode(ComparisonBasis.self, "comparison"))
    }

    static func observations(_ db: SQLConnection) throws -> [IndicatorObservation] {
        try db.rows("SELECT * FROM ind_observations ORDER BY indicator_id, authority_code, period").map { row in
            IndicatorObservation(
                authorityCode: try row.string("authority_code"),
                indicatorID: try row.string("indicator_id"),
                period: try period(row, "period"),
                value: try row.double("value"),
                numerator: row["numerator"].doubleValue,
                denominator: row["denominator"].doubleValue,
                source: try row.string("source"))
        }
    }

    static func comparators(_ db: SQLConnection) throws -> [AreaComparator] {
        try db.rows("SELECT * FROM ind_comparators ORDER BY indicator_id, period, area_code").map { row in
            let typeText = try row.string("area_type")
            guard let areaType = AreaType(rawValue: typeText) else {
                throw StorageError.unexpectedValue(column: "area_type", .text(typeText))
            }
            return AreaComparator(
                indicatorID: try row.string("indicator_id"), period: try period(row, "period"), areaType: areaType,
                areaCode: try row.string("area_code"), areaName: try row.string("area_name"),
                value: try row.double("value"), source: try row.string("source"))
        }
    }

    /// Every neighbour set held for `authorityCode`, one per version.
    static func neighbourSets(_ db: SQLConnection, authorityCode: String) throws -> [NeighbourSet] {
        let rows = try db.rows(
            "SELECT version, effective_date, neighbour_code FROM ind_neighbour_sets WHERE authority_code = ? "
                + "ORDER BY version, position",
            [.text(authorityCode)])
        var sets: [String: NeighbourSet] = [:]
        var order: [String] = []
        for row in rows {
            let version = try row.string("version")
            if sets[version] == nil {
                order.append(version)
                sets[version] = NeighbourSet(
                    authorityCode: authorityCode, version: version, effectiveDate: try row.string("effective_date"),
                    neighbourCodes: [])
            }
            sets[version]?.neighbourCodes.append(try row.string("neighbour_code"))
        }
        return order.compactMap { sets[$0] }
    }

    /// The effective date recorded for each neighbour-set version.
    static func neighbourVersionDates(_ db: SQLConnection) throws -> [String: String] {
        var dates: [String: String] = [:]
        for row in try db.rows("SELECT DISTINCT version, effective_date FROM ind_neighbour_sets") {
            dates[try row.string("version")] = try row.string("effective_date")
        }
        return dates
    }

    static func authority(_ db: SQLConnection, code: String) throws -> AuthorityRecord? {
        try db.row("SELECT * FROM ind_authorities WHERE code = ?", [.text(code)]).map { row in
            AuthorityRecord(
                code: try row.string("code"), name: try row.string("name"),
                regionCode: try row.string("region_code"), regionName: try row.string("region_name"),
                synthetic: row["synthetic"].boolValue ?? false)
        }
    }

    private static func period(_ row: SQLRow, _ column: String) throws -> ReportingPeriod {
        let text = try row.string(column)
        guard let period = ReportingPeriod(parsing: text) else {
            throw StorageError.unexpectedValue(column: column, .text(text))
        }
        return period
    }

    // MARK: Writing (each replaces rows with the same key)

    static func upsert(_ authorities: [AuthorityRecord], _ db: SQLConnection) throws {
        try db.executeMany(
            """
            INSERT INTO ind_authorities (code, name, region_code, region_name, synthetic) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, region_code = excluded.region_code,
                region_name = excluded.region_name, synthetic = excluded.synthetic
            """,
            rows: authorities.map {
                [.text($0.code), .text($0.name), .text($0.regionCode), .text($0.regionName), .bool($0.synthetic)]
            })
    }

    static func upsert(_ definitions: [IndicatorDefinition], _ db: SQLConnection) throws {
        let next = try db.row("SELECT COALESCE(MAX(ordinal), 0) AS last FROM ind_definitions")?.int("last") ?? 0
        let rows: [[SQLValue]] = definitions.enumerated().map { offset, definition in
            [
                .text(definition.id), .int(next + offset + 1), .text(definition.name),
                .text(definition.valueType.rawValue), .text(definition.polarity.rawValue),
                .text(definition.frequency.rawValue), .int(definition.decimalPlaces),
                .string(definition.target?.comparator.rawValue), .double(definition.target?.value),
                .real(definition.amberTolerance.amount), .text(definition.amberTolerance.kind.rawValue),
                .text(definition.comparison.rawValue),
            ]
        }
        // A re-imported definition keeps its place in the report order.
        try db.executeMany(
            """
            INSERT INTO ind_definitions (id, ordinal, name, value_type, polarity, frequency, decimal_places,
                target_comparator, target_value, amber_tolerance, amber_tolerance_kind, comparison)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, value_type = excluded.value_type,
                polarity = excluded.polarity, frequency = excluded.frequency,
                decimal_places = excluded.decimal_places, target_comparator = excluded.target_comparator,
                target_value = excluded.target_value, amber_tolerance = excluded.amber_tolerance,
                amber_tolerance_kind = excluded.amber_tolerance_kind, comparison = excluded.comparison
            """,
            rows: rows)
    }

    static func upsert(_ observations: [IndicatorObservation], _ db: SQLConnection) throws {
        try db.executeMany(
            """
            INSERT OR REPLACE INTO ind_observations
                (authority_code, indicator_id, period, value, numerator, denominator, source)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            rows: observations.map {
                [
                    .text($0.authorityCode), .text($0.indicatorID), .text($0.period.code), .real($0.value),
                    .double($0.numerator), .double($0.denominator), .text($0.source),
                ]
            })
    }

    /// Replaces each (version, authority) set present in `sets`.
    static func replace(_ sets: [NeighbourSet], _ db: SQLConnection) throws {
        for set in sets {
            try db.execute(
                "DELETE FROM ind_neighbour_sets WHERE version = ? AND authority_code = ?",
                [.text(set.version), .text(set.authorityCode)])
            try db.executeMany(
                """
                INSERT INTO ind_neighbour_sets (version, effective_date, authority_code, position, neighbour_code)
                VALUES (?, ?, ?, ?, ?)
                """,
                rows: set.neighbourCodes.enumerated().map { offset, code in
                    [
                        .text(set.version), .text(set.effectiveDate), .text(set.authorityCode), .int(offset + 1),
                        .text(code),
                    ]
                })
        }
    }

    static func upsert(_ comparators: [AreaComparator], _ db: SQLConnection) throws {
        try db.executeMany(
            """
            INSERT OR REPLACE INTO ind_comparators
                (indicator_id, period, area_type, area_code, area_name, value, source)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            rows: comparators.map {
                [
                    .text($0.indicatorID), .text($0.period.code), .text($0.areaType.rawValue), .text($0.areaCode),
                    .text($0.areaName), .real($0.value), .text($0.source),
                ]
            })
    }
}
