import CYPHubCore

/// Reads and writes the workforce tables. Every function runs inside a `storage.read` or `storage.write`.
enum WorkforceStore {
    /// A period's rows replaced and stored by one import.
    struct WriteResult: Sendable {
        var rows: Int
        var replaced: Int
        var periods: [String]
    }

    // MARK: Writing

    /// The stored columns of each dataset's rows but `position` (a row's place in its file, which follows `as_at`), in
    /// the order ``values(_:)`` gives them.
    static func columns(_ table: WorkforceTable) -> [String] {
        switch table {
        case .establishment: ["authority", "as_at", "division", "service", "headcount", "fte", "source"]
        case .staffReturn:
            [
                "authority", "as_at", "team", "employed_fte", "employed_headcount", "agency_fte", "agency_headcount",
                "vacancy_fte", "leaver_fte", "case_holder_fte", "cases", "source",
            ]
        case .payRate: ["authority", "as_at", "employment_type", "monthly_cost", "source"]
        }
    }

    /// Whether the table keeps each row's place in its file.
    static func isPositioned(_ table: WorkforceTable) -> Bool { table != .payRate }

    static func values(_ record: EstablishmentRecord) -> [SQLValue] {
        [
            .text(record.authority), .text(record.asAt.description), .text(record.line.division),
            .text(record.line.service), .int(record.line.headcount), .double(record.line.fte), .text(record.source),
        ]
    }

    static func values(_ record: StaffReturnRecord) -> [SQLValue] {
        let team = record.teamReturn
        return [
            .text(record.authority), .text(record.asAt.description), .text(team.team), .real(team.employedFTE),
            .int(team.employedHeadcount), .real(team.agencyFTE), .int(team.agencyHeadcount), .real(team.vacancyFTE),
            .real(team.leaverFTE), .real(team.caseHolderFTE), .int(team.cases), .text(record.source),
        ]
    }

    static func values(_ record: PayRateRecord) -> [SQLValue] {
        [
            .text(record.authority), .text(record.asAt.description), .text(record.employmentType.rawValue),
            .real(record.monthlyCost), .text(record.source),
        ]
    }

    /// Replaces the establishment of every authority and date in `records`, then stores them.
    static func replace(_ records: [EstablishmentRecord], in db: SQLConnection) throws -> WriteResult {
        try replace(records.map { ($0.authority, $0.asAt, values($0)) }, table: .establishment, in: db)
    }

    /// Replaces the staff return of every authority and date in `records`, then stores them.
    static func replace(_ records: [StaffReturnRecord], in db: SQLConnection) throws -> WriteResult {
        try replace(records.map { ($0.authority, $0.asAt, values($0)) }, table: .staffReturn, in: db)
    }

    /// Replaces the pay rates of every authority and date in `records`, then stores them.
    static func replace(_ records: [PayRateRecord], in db: SQLConnection) throws -> WriteResult {
        try replace(records.map { ($0.authority, $0.asAt, values($0)) }, table: .payRate, in: db)
    }

    private static func replace(
        _ rows: [(authority: String, asAt: LocalDate, values: [SQLValue])], table: WorkforceTable, in db: SQLConnection
    ) throws -> WriteResult {
        let periods = distinctPeriods(rows.map { ($0.authority, $0.asAt) })
        let replaced = try deletePeriods(periods, table: table.rawValue, in: db)
        let columns = self.columns(table)
        let positioned = isPositioned(table)
        var names = columns
        if positioned { names.insert("position", at: 2) }
        try db.executeMany(
            "INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) "
                + "VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))",
            rows: rows.enumerated().map { position, row in
                var values = row.values
                if positioned { values.insert(.int(position), at: 2) }
                return values
            }
        )
        return WriteResult(rows: rows.count, replaced: replaced, periods: periods.map(\.label))
    }

    /// Replaces every authority and date the staged rows of a streamed import name with them, keeping the file's order.
    static func replace(staged: StreamedImport.Staged, table: WorkforceTable, in db: SQLConnection) throws -> WriteResult {
        let periods = try db.rows(
            "SELECT authority, as_at FROM \(staged.table) GROUP BY authority, as_at ORDER BY MIN(\(staged.lineColumn))"
        ).map { Period(authority: try $0.string("authority"), asAt: try $0.string("as_at")) }
        let replaced = try deletePeriods(periods, table: table.rawValue, in: db)
        let columns = self.columns(table)
        var (names, selected) = (columns, columns)
        if isPositioned(table) {
            names.insert("position", at: 2)
            selected.insert("ROW_NUMBER() OVER (ORDER BY \(staged.lineColumn)) - 1", at: 2)
        }
        try db.execute(
            "INSERT INTO \(table.rawValue) (\(names.joined(separator: ", "))) "
                + "SELECT \(selected.joined(separator: ", ")) FROM \(staged.table) ORDER BY \(staged.lineColumn)")
        return WriteResult(rows: staged.rows, replaced: replaced, periods: periods.map(\.label))
    }

    // MARK: Reading

    /// The dates held in `table` for an authority, newest first.
    static func dates(in table: WorkforceTable, authority: String, db: SQLConnection) throws -> [String] {
        try db.rows(
            "SELECT DISTINCT as_at FROM \(table.rawValue) WHERE authority = ? ORDER BY as_at DESC",
            [.text(authority)]
        ).map { try $0.string("as_at") }
    }

    /// The establishment lines of one authority and date, in file order, with their distinct sources.
    static func establishment(authority: String, asAt: String, db: SQLConnection) throws -> (
        lines: [EstablishmentLine], sources: [String]
    ) {
        let rows = try db.rows(
            """
            SELECT division, service, headcount, fte, source FROM wf_establishment
            WHERE authority = ? AND as_at = ? ORDER BY position
            """,
            [.text(authority), .text(asAt)]
        )
        let lines = try rows.map { row in
            EstablishmentLine(
                division: try row.string("division"), service: try row.string("service"),
                headcount: try row.int("headcount"), fte: row["fte"].doubleValue
            )
        }
        return (lines, distinctInOrder(try rows.map { try $0.string("source") }))
    }

    /// The team returns of one authority and date, in file order, with their distinct sources.
    static func staffReturn(authority: String, asAt: String, db: SQLConnection) throws -> (
        teams: [TeamReturn], sources: [String]
    ) {
        let rows = try db.rows(
            """
            SELECT team, employed_fte, employed_headcount, agency_fte, agency_headcount, vacancy_fte, leaver_fte,
                   case_holder_fte, cases, source
            FROM wf_staff_return WHERE authority = ? AND as_at = ? ORDER BY position
            """,
            [.text(authority), .text(asAt)]
        )
        let teams = try rows.map { row in
            TeamReturn(
                team: try row.string("team"),
                employedFTE: try row.double("employed_fte"),
                employedHeadcount: try row.int("employed_headcount"),
                agencyFTE: try row.double("agency_fte"),
                agencyHeadcount: try row.int("agency_headcount"),
                vacancyFTE: try row.double("vacancy_fte"),
                leaverFTE: try row.double("leaver_fte"),
                caseHolderFTE: try row.double("case_holder_fte"),
                cases: try row.int("cases")
            )
        }
        return (teams, distinctInOrder(try rows.map { try $0.string("source") }))
    }

    /// The employed and agency monthly costs of one authority and date, with their distinct sources;
    /// `nil` when either is missing.
    static func payRates(authority: String, asAt: String, db: SQLConnection) throws -> (
        premium: AgencyCostPremium, sources: [String]
    )? {
        let rows = try db.rows(
            """
            SELECT employment_type, monthly_cost, source FROM wf_pay_rate
            WHERE authority = ? AND as_at = ? ORDER BY employment_type DESC
            """,
            [.text(authority), .text(asAt)]
        )
        var costs: [String: Double] = [:]
        for row in rows {
            costs[try row.string("employment_type")] = try row.double("monthly_cost")
        }
        guard let employed = costs[EmploymentType.employed.rawValue], let agency = costs[EmploymentType.agency.rawValue]
        else { return nil }
        return (
            AgencyCostPremium(employedMonthly: employed, agencyMonthly: agency),
            distinctInOrder(try rows.map { try $0.string("source") })
        )
    }

    // MARK: Helpers

    private struct Period: Hashable {
        var authority: String
        var asAt: String
        var label: String { "\(authority) \(asAt)" }
    }

    private static func distinctPeriods(_ keys: [(String, LocalDate)]) -> [Period] {
        distinctInOrder(keys.map { Period(authority: $0.0, asAt: $0.1.description) })
    }

    private static func deletePeriods(_ periods: [Period], table: String, in db: SQLConnection) throws -> Int {
        var deleted = 0
        for period in periods {
            try db.execute(
                "DELETE FROM \(table) WHERE authority = ? AND as_at = ?", [.text(period.authority), .text(period.asAt)])
            deleted += db.changes
        }
        return deleted
    }

    private static func distinctInOrder<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// The workforce tables that hold dated periods.
enum WorkforceTable: String {
    case establishment = "wf_establishment"
    case staffReturn = "wf_staff_return"
    case payRate = "wf_pay_rate"
}
