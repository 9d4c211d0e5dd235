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

    /// Replaces the establishment of every authority and date in `records`, then stores them.
    static func replace(_ records: [EstablishmentRecord], in db: SQLConnection) throws -> WriteResult {
        let periods = distinctPeriods(records.map { ($0.authority, $0.asAt) })
        let replaced = try deletePeriods(periods, table: "wf_establishment", in: db)
        try db.executeMany(
            """
            INSERT INTO wf_establishment (authority, as_at, position, division, service, headcount, fte, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            rows: records.enumerated().map { position, record in
                [
                    .text(record.authority), .text(record.asAt.description), .int(position),
                    .text(record.line.division), .text(record.line.service), .int(record.line.headcount),
                    .double(record.line.fte), .text(record.source),
                ]
            }
        )
        return WriteResult(rows: records.count, replaced: replaced, periods: periods.map(\.label))
    }

    /// Replaces the staff return of every authority and date in `records`, then stores them.
    static func replace(_ records: [StaffReturnRecord], in db: SQLConnection) throws -> WriteResult {
        let periods = distinctPeriods(records.map { ($0.authority, $0.asAt) })
        let replaced = try deletePeriods(periods, table: "wf_staff_return", in: db)
        try db.executeMany(
            """
            INSERT INTO wf_staff_return (authority, as_at, position, team, employed_fte, employed_headcount,
                agency_fte, agency_headcount, vacancy_fte, leaver_fte, case_holder_fte, cases, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            rows: records.enumerated().map { position, record in
                let team = record.teamReturn
                return [
                    .text(record.authority), .text(record.asAt.description), .int(position), .text(team.team),
                    .real(team.employedFTE), .int(team.employedHeadcount), .real(team.agencyFTE),
                    .int(team.agencyHeadcount), .real(team.vacancyFTE), .real(team.leaverFTE),
                    .real(team.caseHolderFTE), .int(team.cases), .text(record.source),
                ]
            }
        )
        return WriteResult(rows: records.count, replaced: replaced, periods: periods.map(\.label))
    }

    /// Replaces the pay rates of every authority and date in `records`, then stores them.
    static func replace(_ records: [PayRateRecord], in db: SQLConnection) throws -> WriteResult {
        let periods = distinctPeriods(records.map { ($0.authority, $0.asAt) })
        let replaced = try deletePeriods(periods, table: "wf_pay_rate", in: db)
        try db.executeMany(
            """
            INSERT INTO wf_pay_rate (authority, as_at, employment_type, monthly_cost, source)
            VALUES (?, ?, ?, ?, ?)
            """,
            rows: records.map { record in
                [
                    .text(record.authority), .text(record.asAt.description), .text(record.employmentType.rawValue),
                    .real(record.monthlyCost), .text(record.source),
                ]
            }
        )
        return WriteResult(rows: records.count, replaced: replaced, periods: periods.map(\.label))
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
