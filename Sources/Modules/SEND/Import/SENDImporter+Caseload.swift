import CYPHubCore

extension SENDImporter {
    /// `caseload`: upserts by (authority, measure, as_at, age_band, setting_type).
    static let caseload = SENDUpsert(
        table: "send_caseload",
        columns: ["authority_code", "measure", "as_at", "period_label", "age_band", "setting_type", "count", "source", "note"]
    ) { record throws(ImportIssue) in
        let count = SENCaseloadCount(
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
        return StreamedImport.Row(
            values: [
                .text(count.authorityCode), .text(count.measure.rawValue), .text(count.asAt.description),
                .text(count.periodLabel), .text(count.ageBand.rawValue), .text(count.settingType.rawValue),
                .int(count.count), .text(count.source.rawValue), .text(count.note),
            ],
            identity:
                "\(count.authorityCode)|\(count.measure.rawValue)|\(count.asAt)|\(count.ageBand.rawValue)|\(count.settingType.rawValue)",
            column: "setting_type",
            described: "\(count.measure.rawValue) at \(count.asAt) for age band \(count.ageBand.rawValue) "
                + "and setting \(count.settingType.rawValue)")
    }

    /// `new_plans`: upserts by (authority, year).
    static let newPlans = SENDUpsert(
        table: "send_new_plans", columns: ["authority_code", "year", "count", "source", "note"]
    ) { record throws(ImportIssue) in
        let count = NewPlansCount(
            authorityCode: try record.authorityCode("authority_code"),
            year: try record.int("year", range: 1990...2100),
            count: try record.int("count", range: 0...1_000_000),
            source: try record.dataSource("source"),
            note: record.text("note")
        )
        return StreamedImport.Row(
            values: [.text(count.authorityCode), .int(count.year), .int(count.count), .text(count.source.rawValue), .text(count.note)],
            identity: "\(count.authorityCode)|\(count.year)", column: "year", described: "year \(count.year)")
    }
}
