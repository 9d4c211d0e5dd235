import CYPHubCore

extension SENDImporter {
    typealias PlanRow = HighNeedsImportRows.Plan
    typealias LineRow = HighNeedsImportRows.Line
    typealias DetailRow = HighNeedsImportRows.Detail

    // MARK: Plans

    static func parsePlans(_ table: CSVTable) throws(ImportError) -> [PlanRow] {
        let rows = try table.map { record throws(ImportIssue) in
            PlanRow(
                record: record, authorityCode: try record.authorityCode("authority_code"),
                planId: try record.requiredText("plan_id"), title: try record.requiredText("title"),
                firstYear: try record.financialYear("first_year"), yearCount: try record.int("years", range: 1...15),
                openingDeficit: try record.money("opening_deficit_000"), source: record.text("source")
            )
        }
        var keys = DuplicateKeys<String>()
        for row in rows { keys.check(row.key, record: row.record, column: "plan_id", describing: "plan \(row.planId)") }
        try keys.throwIfAny()
        return rows
    }

    func storePlans(_ rows: [PlanRow]) async throws -> Int {
        try await storage.write { db in
            for row in rows {
                try db.execute(
                    """
                    INSERT OR REPLACE INTO send_hn_plans
                        (authority_code, plan_id, title, first_year, year_count, opening_deficit, source, loaded_seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(loaded_seq), 0) + 1 FROM send_hn_plans))
                    """,
                    [
                        .text(row.authorityCode), .text(row.planId), .text(row.title), .int(row.firstYear.startYear),
                        .int(row.yearCount), .double(row.openingDeficit), .text(row.source),
                    ]
                )
            }
            return rows.count
        }
    }

    // MARK: Lines

    static func parseLines(_ table: CSVTable) throws(ImportError) -> [LineRow] {
        try table.map { record throws(ImportIssue) in
            let line = try record.choice("line", HighNeedsImportRows.lineNames)
            let workstream = record.text("workstream")
            if line == HighNeedsImportRows.savings && workstream.isEmpty {
                throw record.issue("workstream", "a savings line needs the workstream's name")
            }
            if line != HighNeedsImportRows.savings && !workstream.isEmpty {
                throw record.issue("workstream", "only savings lines have a workstream (this line is \(line))")
            }
            let growth = try record.optionalDouble("growth_pct")
            if let growth, growth <= -100 { throw record.issue("growth_pct", "\(growth) must be above -100") }
            let amount = try record.money("amount_000")
            try checkSign(line, amount, record: record)
            return LineRow(
                record: record, authorityCode: try record.authorityCode("authority_code"),
                planId: try record.requiredText("plan_id"), line: line, workstream: workstream,
                year: try record.financialYear("year"), amount: amount, growthPercent: growth
            )
        }
    }

    /// Income is negative and costs positive, as the council's table prints them; a sign the other way
    /// round would silently double a funding gap, so it is refused.
    private static func checkSign(_ line: String, _ amount: Double, record: CSVRecord) throws(ImportIssue) {
        let shown = FigureFormat.number(amount)
        switch HighNeedsLine(rawValue: line) {
        case .grantIncome where amount > 0:
            throw record.issue("amount_000", "grant income is income, entered negative as in the council's table (found \(shown))")
        case .placementCosts where amount < 0, .otherCosts where amount < 0, .commissioningCosts where amount < 0,
            .investToSaveCosts where amount < 0:
            throw record.issue("amount_000", "\(line) is a cost, entered as a positive figure (found \(shown))")
        case .totalDsg where amount <= 0:
            throw record.issue("amount_000", "the total DSG must be positive (found \(shown))")
        default:
            return
        }
    }

    /// Checks the file's lines against each other and against the plan headers held: every plan
    /// exists and has grant income; each series is either one growth row (base year no later than the
    /// plan's first year) or one explicit row for each plan year.
    static func checkLines(_ rows: [LineRow], plans: [String: StoredPlanHeader]) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        var seenPlans: [String] = []
        var byPlan: [String: [LineRow]] = [:]
        for row in rows {
            if byPlan[row.planKey] == nil { seenPlans.append(row.planKey) }
            byPlan[row.planKey, default: []].append(row)
        }
        for planKey in seenPlans {
            guard let planRows = byPlan[planKey], let first = planRows.first else { continue }
            guard let plan = plans[planKey] else {
                issues.append(
                    first.record.issue(
                        "plan_id", "no High Needs plan \(first.planId) for \(first.authorityCode); import it in high_needs_plans first"))
                continue
            }
            if !planRows.contains(where: { $0.line == HighNeedsLine.grantIncome.rawValue }) {
                issues.append(
                    first.record.issue("line", "plan \(first.planId) has no grant_income line (the file replaces all of the plan's lines)"))
            }
            var seriesOrder: [String] = []
            var series: [String: [LineRow]] = [:]
            for row in planRows {
                if series[row.seriesKey] == nil { seriesOrder.append(row.seriesKey) }
                series[row.seriesKey, default: []].append(row)
            }
            let years = plan.years
            for key in seriesOrder {
                guard let list = series[key], let head = list.first else { continue }
                if let growthRow = list.first(where: { $0.growthPercent != nil }) {
                    if list.count > 1 {
                        let other = list.first { $0.record.line != growthRow.record.line } ?? head
                        issues.append(
                            other.record.issue(
                                "growth_pct",
                                "\(head.seriesName) has a growth row (line \(growthRow.record.line)) and other rows; "
                                    + "give either one growth row or one row per plan year"
                            ))
                    } else if growthRow.year > plan.firstYear {
                        issues.append(
                            growthRow.record.issue(
                                "year", "the base year \(growthRow.year) is after the plan's first year \(plan.firstYear)"))
                    }
                    continue
                }
                var byYear: [FinancialYear: Int] = [:]
                for row in list {
                    if !years.contains(row.year) {
                        issues.append(
                            row.record.issue(
                                "year", "\(row.year) is outside plan \(row.planId) (\(plan.firstYear) to \(years.last ?? plan.firstYear))"))
                    } else if let line = byYear[row.year] {
                        issues.append(row.record.issue("year", "\(head.seriesName) has a figure for \(row.year) already (line \(line))"))
                    } else {
                        byYear[row.year] = row.record.line
                    }
                }
                let missing = years.filter { byYear[$0] == nil }
                if !missing.isEmpty {
                    issues.append(
                        head.record.issue(
                            "year",
                            "\(head.seriesName) has no figure for \(missing.map(\.description).joined(separator: ", ")) "
                                + "(explicit lines need one row per plan year)"
                        ))
                }
            }
        }
        return issues
    }

    func storeLines(_ rows: [LineRow]) async throws -> Int {
        try await storage.write { db in
            let plans = try SENDStore.planHeaders(db, keys: Set(rows.map(\.planKey)))
            let issues = Self.checkLines(rows, plans: plans)
            if !issues.isEmpty { throw ImportError(issues: issues) }
            for plan in Set(rows.map { [$0.authorityCode, $0.planId] }) {
                try db.execute("DELETE FROM send_hn_lines WHERE authority_code = ? AND plan_id = ?", [.text(plan[0]), .text(plan[1])])
            }
            try db.executeMany(
                """
                INSERT INTO send_hn_lines (authority_code, plan_id, line, workstream, position, year, amount, growth_percent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                rows: rows.enumerated().map { position, row in
                    [
                        .text(row.authorityCode), .text(row.planId), .text(row.line), .text(row.workstream), .int(position),
                        .int(row.year.startYear), .double(row.amount), .double(row.growthPercent),
                    ]
                }
            )
            for plan in Set(rows.map { [$0.authorityCode, $0.planId] }) {
                try db.execute(
                    """
                    DELETE FROM send_hn_savings_detail WHERE authority_code = ? AND plan_id = ? AND workstream NOT IN
                        (SELECT workstream FROM send_hn_lines WHERE authority_code = ? AND plan_id = ? AND line = 'savings')
                    """,
                    [.text(plan[0]), .text(plan[1]), .text(plan[0]), .text(plan[1])]
                )
            }
            return rows.count
        }
    }

    // MARK: Savings detail

    static func parseDetails(_ table: CSVTable) throws(ImportError) -> [DetailRow] {
        try table.map { record throws(ImportIssue) in
            DetailRow(
                record: record, authorityCode: try record.authorityCode("authority_code"),
                planId: try record.requiredText("plan_id"), workstream: try record.requiredText("workstream"),
                lineName: try record.requiredText("line_name"), year: try record.financialYear("year"),
                amount: try record.money("amount_000")
            )
        }
    }

    /// Checks breakdown rows: the plan and workstream exist, years are the plan's, each line has one
    /// figure for every plan year.
    static func checkDetails(_ rows: [DetailRow], plans: [String: StoredPlanHeader], workstreams: [String: Set<String>]) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        var firstRow: [String: DetailRow] = [:]
        var order: [String] = []
        var yearsSeen: [String: [FinancialYear: Int]] = [:]
        var reportedPlans = Set<String>()
        for row in rows {
            guard let plan = plans[row.planKey] else {
                if reportedPlans.insert(row.planKey).inserted {
                    issues.append(
                        row.record.issue(
                            "plan_id", "no High Needs plan \(row.planId) for \(row.authorityCode); import it in high_needs_plans first"))
                }
                continue
            }
            guard workstreams[row.planKey]?.contains(row.workstream) == true else {
                issues.append(
                    row.record.issue(
                        "workstream", "plan \(row.planId) has no savings workstream '\(row.workstream)' (import its high_needs_lines first)"
                    ))
                continue
            }
            let key = "\(row.planKey)|\(row.workstream)|\(row.lineName)"
            if firstRow[key] == nil {
                firstRow[key] = row
                order.append(key)
            }
            if !plan.years.contains(row.year) {
                issues.append(
                    row.record.issue(
                        "year", "\(row.year) is outside plan \(row.planId) (\(plan.firstYear) to \(plan.years.last ?? plan.firstYear))"))
            } else if let line = yearsSeen[key]?[row.year] {
                issues.append(row.record.issue("year", "'\(row.lineName)' has a figure for \(row.year) already (line \(line))"))
            } else {
                yearsSeen[key, default: [:]][row.year] = row.record.line
            }
        }
        for key in order {
            guard let head = firstRow[key], let plan = plans[head.planKey] else { continue }
            let missing = plan.years.filter { yearsSeen[key]?[$0] == nil }
            if !missing.isEmpty {
                issues.append(
                    head.record.issue("year", "'\(head.lineName)' has no figure for \(missing.map(\.description).joined(separator: ", "))"))
            }
        }
        return issues
    }

    func storeDetails(_ rows: [DetailRow]) async throws -> Int {
        try await storage.write { db in
            let keys = Set(rows.map(\.planKey))
            let plans = try SENDStore.planHeaders(db, keys: keys)
            let workstreams = try SENDStore.workstreamNames(db, keys: keys)
            let issues = Self.checkDetails(rows, plans: plans, workstreams: workstreams)
            if !issues.isEmpty { throw ImportError(issues: issues) }
            for plan in Set(rows.map { [$0.authorityCode, $0.planId] }) {
                try db.execute(
                    "DELETE FROM send_hn_savings_detail WHERE authority_code = ? AND plan_id = ?", [.text(plan[0]), .text(plan[1])])
            }
            try db.executeMany(
                """
                INSERT INTO send_hn_savings_detail (authority_code, plan_id, workstream, line_name, position, year, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                rows: rows.enumerated().map { position, row in
                    [
                        .text(row.authorityCode), .text(row.planId), .text(row.workstream), .text(row.lineName),
                        .int(position), .int(row.year.startYear), .double(row.amount),
                    ]
                }
            )
            return rows.count
        }
    }
}
