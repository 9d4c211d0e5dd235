import CYPHubCore

extension SENDImporter {
    static func parseCaseload(_ table: CSVTable) throws(ImportError) -> [SENCaseloadCount] {
        let counts = try table.map { record throws(ImportIssue) in
            SENCaseloadCount(
                authorityCode: try record.authorityCode("authority_code"),
                measure: SENCaseloadMeasure(rawValue: try record.choice("measure", SENCaseloadMeasure.allCases.map(\.rawValue))) ?? .ehcp,
                asAt: try record.date("as_at"),
                periodLabel: record.text("period_label"),
                ageBand: SENDAgeBand(rawValue: try record.choice("age_band", SENDAgeBand.allCases.map(\.rawValue))) ?? .all,
                settingType: SENDSettingType(rawValue: try record.choice("setting_type", SENDSettingType.allCases.map(\.rawValue))) ?? .all,
                count: try record.int("count", range: 0...10_000_000),
                source: try record.dataSource("source"),
                note: record.text("note")
            )
        }
        var keys = DuplicateKeys<String>()
        for (record, count) in zip(table.records, counts) {
            let key =
                "\(count.authorityCode)|\(count.measure.rawValue)|\(count.asAt)|\(count.ageBand.rawValue)|\(count.settingType.rawValue)"
            keys.check(
                key, record: record, column: "setting_type",
                describing:
                    "\(count.measure.rawValue) at \(count.asAt) for age band \(count.ageBand.rawValue) "
                    + "and setting \(count.settingType.rawValue)"
            )
        }
        try keys.throwIfAny()
        return counts
    }

    func storeCaseload(_ counts: [SENCaseloadCount]) async throws -> Int {
        try await storage.write { db in
            try db.executeMany(
                """
                INSERT OR REPLACE INTO send_caseload
                    (authority_code, measure, as_at, period_label, age_band, setting_type, count, source, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                rows: counts.map { count in
                    [
                        .text(count.authorityCode), .text(count.measure.rawValue), .text(count.asAt.description),
                        .text(count.periodLabel), .text(count.ageBand.rawValue), .text(count.settingType.rawValue),
                        .int(count.count), .text(count.source.rawValue), .text(count.note),
                    ]
                }
            )
            return counts.count
        }
    }

    static func parseNewPlans(_ table: CSVTable) throws(ImportError) -> [NewPlansCount] {
        let counts = try table.map { record throws(ImportIssue) in
            NewPlansCount(
                authorityCode: try record.authorityCode("authority_code"),
                year: try record.int("year", range: 1990...2100),
                count: try record.int("count", range: 0...1_000_000),
                source: try record.dataSource("source"),
                note: record.text("note")
            )
        }
        var keys = DuplicateKeys<String>()
        for (record, count) in zip(table.records, counts) {
            keys.check("\(count.authorityCode)|\(count.year)", record: record, column: "year", describing: "year \(count.year)")
        }
        try keys.throwIfAny()
        return counts
    }

    func storeNewPlans(_ counts: [NewPlansCount]) async throws -> Int {
        try await storage.write { db in
            try db.executeMany(
                "INSERT OR REPLACE INTO send_new_plans (authority_code, year, count, source, note) VALUES (?, ?, ?, ?, ?)",
                rows: counts.map { [.text($0.authorityCode), .int($0.year), .int($0.count), .text($0.source.rawValue), .text($0.note)] }
            )
            return counts.count
        }
    }
}
