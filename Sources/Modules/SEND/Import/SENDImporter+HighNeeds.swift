import CYPHubCore

extension SENDImporter {
    typealias LineRow = HighNeedsImportRows.Line
    typealias DetailRow = HighNeedsImportRows.Detail
    typealias SourceLine = HighNeedsImportRows.SourceLine

    // MARK: Plans

    /// `high_needs_plans`: upserts by (authority, plan); each row loaded after the newest held.
    static let plans = SENDUpsert(
        columns: ["authority_code", "plan_id", "title", "first_year", "year_count", "opening_deficit", "source"],
        insert: """
            INSERT OR REPLACE INTO send_hn_plans
                (authority_code, plan_id, title, first_year, year_count, opening_deficit, source, loaded_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(loaded_seq), 0) + 1 FROM send_hn_plans))
            """
    ) { record throws(ImportIssue) in
        let (authorityCode, planId) = (try record.authorityCode("authority_code"), try record.requiredText("plan_id"))
        let values: [SQLValue] = [
            .text(authorityCode), .text(planId), .text(try record.requiredText("title")),
            .int(try record.financialYear("first_year").startYear), .int(try record.int("years", range: 1...15)),
            .double(try record.money("opening_deficit_000")), .text(record.text("source")),
        ]
        return StreamedImport.Row(
            values: values, identity: "\(authorityCode)|\(planId)", column: "plan_id", described: "plan \(planId)")
    }

    // MARK: Lines

    /// The staged columns of a `high_needs_lines` row.
    static let lineColumns = ["authority_code", "plan_id", "line", "workstream", "year", "amount", "growth_percent"]

    static func parseLine(_ record: CSVRecord) throws(ImportIssue) -> LineRow {
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
            record: SourceLine(record), authorityCode: try record.authorityCode("authority_code"),
            planId: try record.requiredText("plan_id"), line: line, workstream: workstream,
            year: try record.financialYear("year"), amount: amount, growthPercent: growth
        )
    }

    static func lineValues(_ row: LineRow) -> [SQLValue] {
        [
            .text(row.authorityCode), .text(row.planId), .text(row.line), .text(row.workstream), .int(row.year.startYear),
            .double(row.amount), .double(row.growthPercent),
        ]
    }

    /// A staged line read back: ``lineColumns``' values, then its line in the file.
    static func lineRow(_ values: [SQLValue], fileName: String) -> LineRow {
        LineRow(
            record: SourceLine(fileName: fileName, line: values[7].intValue ?? 0), authorityCode: values[0].stringValue ?? "",
            planId: values[1].stringValue ?? "", line: values[2].stringValue ?? "", workstream: values[3].stringValue ?? "",
            year: FinancialYear(startYear: values[4].intValue ?? 0), amount: values[5].doubleValue ?? 0,
            growthPercent: values[6].doubleValue)
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

    /// Checks the lines against each other and the plans held, and replaces every line of each plan they name.
    static func replaceLines(_ rows: [LineRow], in db: SQLConnection) throws -> Int {
        let plans = try SENDStore.planHeaders(db, keys: Set(rows.map(\.planKey)))
        let issues = checkLines(rows, plans: plans)
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
                let values = lineValues(row)
                return Array(values[0..<4]) + [.int(position)] + Array(values[4...])
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

    // MARK: Savings detail

    /// The staged columns of a `high_needs_savings_detail` row.
    static let detailColumns = ["authority_code", "plan_id", "workstream", "line_name", "year", "amount"]

    static func parseDetail(_ record: CSVRecord) throws(ImportIssue) -> DetailRow {
        DetailRow(
            record: SourceLine(record), authorityCode: try record.authorityCode("authority_code"),
            planId: try record.requiredText("plan_id"), workstream: try record.requiredText("workstream"),
            lineName: try record.requiredText("line_name"), year: try record.financialYear("year"),
            amount: try record.money("amount_000")
        )
    }

    static func detailValues(_ row: DetailRow) -> [SQLValue] {
        [
            .text(row.authorityCode), .text(row.planId), .text(row.workstream), .text(row.lineName), .int(row.year.startYear),
            .double(row.amount),
        ]
    }

    /// A staged breakdown row read back: ``detailColumns``' values, then its line in the file.
    static func detailRow(_ values: [SQLValue], fileName: String) -> DetailRow {
        DetailRow(
            record: SourceLine(fileName: fileName, line: values[6].intValue ?? 0), authorityCode: values[0].stringValue ?? "",
            planId: values[1].stringValue ?? "", workstream: values[2].stringValue ?? "", lineName: values[3].stringValue ?? "",
            year: FinancialYear(startYear: values[4].intValue ?? 0), amount: values[5].doubleValue ?? 0)
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

    /// Checks the breakdown rows against each other and what is held, and replaces the breakdown of each plan they name.
    static func replaceDetails(_ rows: [DetailRow], in db: SQLConnection) throws -> Int {
        let keys = Set(rows.map(\.planKey))
        let plans = try SENDStore.planHeaders(db, keys: keys)
        let workstreams = try SENDStore.workstreamNames(db, keys: keys)
        let issues = checkDetails(rows, plans: plans, workstreams: workstreams)
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
                let values = detailValues(row)
                return Array(values[0..<4]) + [.int(position)] + Array(values[4...])
            }
        )
        return rows.count
    }
}
