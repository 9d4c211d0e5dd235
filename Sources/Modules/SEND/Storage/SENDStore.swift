import CYPHubCore

/// Reads the module's tables back into domain values.
struct SENDStore: Sendable {
    let storage: Storage

    // MARK: Caseload

    func caseload(authority: String) async throws -> [SENCaseloadCount] {
        try await storage.read { db in try Self.caseload(db, authority: authority) }
    }

    /// Every EHCP and SEN Support count held for `authority`, by measure, date, age band and setting.
    static func caseload(_ db: SQLConnection, authority: String) throws -> [SENCaseloadCount] {
        try db.rows(
            "SELECT * FROM send_caseload WHERE authority_code = ? ORDER BY measure, as_at, age_band, setting_type",
            [.text(authority)]
        ).map { row in
            SENCaseloadCount(
                authorityCode: try row.string("authority_code"),
                measure: try Self.decode(SENCaseloadMeasure.self, row, "measure"),
                asAt: try Self.date(row, "as_at"),
                periodLabel: try row.string("period_label"),
                ageBand: try Self.decode(SENDAgeBand.self, row, "age_band"),
                settingType: try Self.decode(SENDSettingType.self, row, "setting_type"),
                count: try row.int("count"),
                source: try Self.decode(SENDDataSource.self, row, "source"),
                note: try row.string("note")
            )
        }
    }

    func newPlans(authority: String) async throws -> [NewPlansCount] {
        try await storage.read { db in
            try db.rows("SELECT * FROM send_new_plans WHERE authority_code = ? ORDER BY year", [.text(authority)]).map { row in
                NewPlansCount(
                    authorityCode: try row.string("authority_code"), year: try row.int("year"), count: try row.int("count"),
                    source: try Self.decode(SENDDataSource.self, row, "source"), note: try row.string("note")
                )
            }
        }
    }

    // MARK: Timeliness

    func assessments(authority: String) async throws -> [EhcpAssessmentRecord] {
        try await storage.read { db in
            try db.rows("SELECT * FROM send_assessments WHERE authority_code = ? ORDER BY plan_id", [.text(authority)]).map { row in
                EhcpAssessmentRecord(
                    authorityCode: try row.string("authority_code"), planId: try row.string("plan_id"),
                    requestReceived: try Self.date(row, "request_received"),
                    finalPlanIssued: try Self.optionalDate(row, "final_plan_issued"),
                    isException: row["is_exception"].boolValue ?? false,
                    exceptionReason: try row.string("exception_reason"),
                    source: try Self.decode(SENDDataSource.self, row, "source")
                )
            }
        }
    }

    func reviews(authority: String) async throws -> [AnnualReviewRecord] {
        try await storage.read { db in
            try db.rows("SELECT * FROM send_annual_reviews WHERE authority_code = ?", [.text(authority)]).map { row in
                AnnualReviewRecord(
                    authorityCode: try row.string("authority_code"), planId: try row.string("plan_id"),
                    reviewDue: try Self.date(row, "review_due"), reviewCompleted: try Self.optionalDate(row, "review_completed"),
                    source: try Self.decode(SENDDataSource.self, row, "source")
                )
            }
        }
    }

    func amendments(authority: String) async throws -> [AmendmentRecord] {
        try await storage.read { db in
            try db.rows("SELECT * FROM send_amendments WHERE authority_code = ?", [.text(authority)]).map { row in
                AmendmentRecord(
                    authorityCode: try row.string("authority_code"), planId: try row.string("plan_id"),
                    amendmentStarted: try Self.date(row, "amendment_started"),
                    amendedPlanIssued: try Self.optionalDate(row, "amended_plan_issued"),
                    source: try Self.decode(SENDDataSource.self, row, "source")
                )
            }
        }
    }

    func transfers(authority: String) async throws -> [PhaseTransferRecord] {
        try await storage.read { db in
            try db.rows("SELECT * FROM send_phase_transfers WHERE authority_code = ?", [.text(authority)]).map { row in
                PhaseTransferRecord(
                    authorityCode: try row.string("authority_code"), planId: try row.string("plan_id"),
                    phase: try row.string("phase"), transferDeadline: try Self.date(row, "transfer_deadline"),
                    amendedPlanIssued: try Self.optionalDate(row, "amended_plan_issued"),
                    source: try Self.decode(SENDDataSource.self, row, "source")
                )
            }
        }
    }

    // MARK: High Needs plans

    /// The authority's plan headers, the one a forecast without a plan id picks first: latest first
    /// year, then the most recently imported.
    func planHeaders(authority: String) async throws -> [StoredPlanHeader] {
        try await storage.read { db in
            try db.rows(
                "SELECT * FROM send_hn_plans WHERE authority_code = ? ORDER BY first_year DESC, loaded_seq DESC",
                [.text(authority)]
            ).map(Self.header)
        }
    }

    /// The savings workstreams of each of the authority's plans, in plan order, keyed by plan id.
    func workstreams(authority: String) async throws -> [String: [String]] {
        try await storage.read { db in
            let rows = try db.rows(
                """
                SELECT plan_id, workstream, MIN(position) AS position FROM send_hn_lines
                WHERE authority_code = ? AND line = 'savings' GROUP BY plan_id, workstream ORDER BY plan_id, position
                """,
                [.text(authority)]
            )
            var result: [String: [String]] = [:]
            for row in rows { result[try row.string("plan_id"), default: []].append(try row.string("workstream")) }
            return result
        }
    }

    /// The plan a header names, with its lines and breakdowns.
    func plan(_ header: StoredPlanHeader) async throws -> HighNeedsPlan {
        let arguments: [SQLValue] = [.text(header.authorityCode), .text(header.planId)]
        let (lineRows, detailRows) = try await storage.read { db in
            (
                try db.rows("SELECT * FROM send_hn_lines WHERE authority_code = ? AND plan_id = ? ORDER BY position", arguments),
                try db.rows("SELECT * FROM send_hn_savings_detail WHERE authority_code = ? AND plan_id = ? ORDER BY position", arguments)
            )
        }
        let years = header.years
        var lines: [HighNeedsLine: LineProjection] = [:]
        var workstreamOrder: [String] = []
        var series: [String: [SQLRow]] = [:]
        for row in lineRows {
            let key = "\(try row.string("line"))|\(try row.string("workstream"))"
            if series[key] == nil { workstreamOrder.append(key) }
            series[key, default: []].append(row)
        }
        var workstreams: [SavingsWorkstream] = []
        for key in workstreamOrder {
            guard let rows = series[key], let first = rows.first else { continue }
            let projection = try Self.projection(rows, years: years)
            let name = try first.string("workstream")
            if let line = HighNeedsLine(rawValue: try first.string("line")) {
                lines[line] = projection
            } else {
                workstreams.append(SavingsWorkstream(name: name, projection: projection))
            }
        }
        var detailOrder: [String] = []
        var details: [String: [SQLRow]] = [:]
        for row in detailRows {
            let key = "\(try row.string("workstream"))|\(try row.string("line_name"))"
            if details[key] == nil { detailOrder.append(key) }
            details[key, default: []].append(row)
        }
        for key in detailOrder {
            guard let rows = details[key], let first = rows.first else { continue }
            let workstream = try first.string("workstream")
            guard let index = workstreams.firstIndex(where: { $0.name == workstream }) else { continue }
            let amounts = try Self.yearly(rows, years: years)
            workstreams[index].details.append(SavingsDetailLine(name: try first.string("line_name"), amounts: amounts))
        }
        return HighNeedsPlan(
            authorityCode: header.authorityCode, planId: header.planId, title: header.title, firstYear: header.firstYear,
            yearCount: header.yearCount, openingDeficit: header.openingDeficit, lines: lines, workstreams: workstreams,
            source: header.source
        )
    }

    /// A growth series (one row with a growth rate) or the explicit figures for the plan's years, in
    /// order; a plan year with no figure leaves the array short, which ``HighNeedsPlan/validate()`` reports.
    private static func projection(_ rows: [SQLRow], years: [FinancialYear]) throws -> LineProjection {
        if let growthRow = rows.first(where: { !$0["growth_percent"].isNull }) {
            return .growth(
                base: try growthRow.double("amount"), baseYear: FinancialYear(startYear: try growthRow.int("year")),
                growthPercent: try growthRow.double("growth_percent")
            )
        }
        return .explicit(try yearly(rows, years: years))
    }

    private static func yearly(_ rows: [SQLRow], years: [FinancialYear]) throws -> [Double] {
        var byYear: [Int: Double] = [:]
        for row in rows { byYear[try row.int("year")] = try row.double("amount") }
        return years.compactMap { byYear[$0.startYear] }
    }

    // MARK: Used inside import transactions

    static func planHeaders(_ db: SQLConnection, keys: Set<String>) throws -> [String: StoredPlanHeader] {
        var result: [String: StoredPlanHeader] = [:]
        for key in keys {
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if let row = try db.row(
                "SELECT * FROM send_hn_plans WHERE authority_code = ? AND plan_id = ?", [.text(parts[0]), .text(parts[1])])
            {
                result[key] = try header(row)
            }
        }
        return result
    }

    static func workstreamNames(_ db: SQLConnection, keys: Set<String>) throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for key in keys {
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let rows = try db.rows(
                "SELECT DISTINCT workstream FROM send_hn_lines WHERE authority_code = ? AND plan_id = ? AND line = 'savings'",
                [.text(parts[0]), .text(parts[1])]
            )
            result[key] = Set(try rows.map { try $0.string("workstream") })
        }
        return result
    }

    // MARK: Decoding

    private static func header(_ row: SQLRow) throws -> StoredPlanHeader {
        StoredPlanHeader(
            authorityCode: try row.string("authority_code"), planId: try row.string("plan_id"), title: try row.string("title"),
            firstYear: FinancialYear(startYear: try row.int("first_year")), yearCount: try row.int("year_count"),
            openingDeficit: try row.double("opening_deficit"), source: try row.string("source"),
            loadedSeq: try row.int("loaded_seq")
        )
    }

    private static func date(_ row: SQLRow, _ column: String) throws -> LocalDate {
        guard let date = LocalDate(parsing: try row.string(column)) else {
            throw StorageError.unexpectedValue(column: column, row[column])
        }
        return date
    }

    private static func optionalDate(_ row: SQLRow, _ column: String) throws -> LocalDate? {
        row[column].isNull ? nil : try date(row, column)
    }

    private static func decode<T: RawRepresentable>(_ type: T.Type, _ row: SQLRow, _ column: String) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: try row.string(column)) else {
            throw StorageError.unexpectedValue(column: column, row[column])
        }
        return value
    }
}
