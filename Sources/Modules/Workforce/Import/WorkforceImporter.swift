public import CYPHubCore

/// Parses and validates the workforce module's CSV files. Every function reads the whole file and throws
/// one ``ImportError`` listing every problem (file, line, column, reason), so a file with any error is
/// stored not at all. Templates: `docs/modules/workforce.md`.
public enum WorkforceImporter {
    /// Tolerance when comparing sums of FTE parsed from decimal text.
    static let epsilon = 1e-9

    /// Why a file with a header and no rows is refused.
    static let noRowsReason = "the file has a header but no rows"

    /// Parses the file's header against the dataset's columns and refuses a file with no data rows.
    private static func parseTable(_ dataset: WorkforceDataset, csv: String, fileName: String) throws(ImportError)
        -> CSVTable
    {
        let table = try CSVTable.parse(
            csv, fileName: fileName, requiredColumns: dataset.requiredColumns,
            optionalColumns: dataset.optionalColumns
        )
        if table.records.isEmpty {
            throw ImportError(
                ImportIssue(file: fileName, line: 0, column: "", reason: noRowsReason)
            )
        }
        return table
    }

    /// Parses an establishment file: one row per service of a division.
    ///
    /// Rejects total rows (totals are computed), a duplicated division and service for the same authority
    /// and date, and an FTE above the headcount.
    public static func establishment(csv: String, fileName: String) throws(ImportError) -> [EstablishmentRecord] {
        let table = try parseTable(.establishment, csv: csv, fileName: fileName)
        let records = try table.map { record throws(ImportIssue) in (record.line, try establishmentRecord(record)) }
        try rejectDuplicates(records, fileName: fileName, column: "service", key: key)
        return records.map(\.1)
    }

    /// One establishment row, checked.
    static func establishmentRecord(_ record: CSVRecord) throws(ImportIssue) -> EstablishmentRecord {
        let headcount = try record.int("headcount", range: 0...1_000_000)
        let fte = try record.optionalFTE("fte")
        if let fte, fte > Double(headcount) + epsilon {
            throw record.issue("fte", "FTE \(fte) is more than the headcount \(headcount); one person is at most 1.0 FTE")
        }
        let line = EstablishmentLine(
            division: try record.name("division"), service: try record.name("service"), headcount: headcount, fte: fte
        )
        return EstablishmentRecord(
            authority: try record.authorityCode("authority_code"), asAt: try record.date("as_at"), line: line,
            source: record.source
        )
    }

    /// What a file holds one establishment row per, as a duplicate's issue names it.
    static func key(_ record: EstablishmentRecord) -> String {
        "\(record.authority) \(record.asAt) '\(record.line.division)' / '\(record.line.service)'"
    }

    /// Parses a staff return file: one row per team at a census date.
    ///
    /// Rejects total rows, a duplicated team for the same authority and date, an FTE above its headcount,
    /// case-holder FTE above the FTE in post (employed + agency), cases without case holders and case
    /// holders without cases.
    public static func staffReturn(csv: String, fileName: String) throws(ImportError) -> [StaffReturnRecord] {
        let table = try parseTable(.staffReturn, csv: csv, fileName: fileName)
        let records = try table.map { record throws(ImportIssue) in (record.line, try staffReturnRecord(record)) }
        try rejectDuplicates(records, fileName: fileName, column: "team", key: key)
        return records.map(\.1)
    }

    /// One staff return row, checked.
    static func staffReturnRecord(_ record: CSVRecord) throws(ImportIssue) -> StaffReturnRecord {
        let teamReturn = TeamReturn(
            team: try record.name("team"),
            employedFTE: try record.fte("employed_fte"),
            employedHeadcount: try record.int("employed_headcount", range: 0...1_000_000),
            agencyFTE: try record.fte("agency_fte"),
            agencyHeadcount: try record.int("agency_headcount", range: 0...1_000_000),
            vacancyFTE: try record.fte("vacancy_fte"),
            leaverFTE: try record.fte("leaver_fte"),
            caseHolderFTE: try record.fte("case_holder_fte"),
            cases: try record.int("cases", range: 0...10_000_000)
        )
        try check(teamReturn, record: record)
        return StaffReturnRecord(
            authority: try record.authorityCode("authority_code"), asAt: try record.date("as_at"),
            teamReturn: teamReturn, source: record.source
        )
    }

    /// What a file holds one staff return row per, as a duplicate's issue names it.
    static func key(_ record: StaffReturnRecord) -> String {
        "\(record.authority) \(record.asAt) team '\(record.teamReturn.team)'"
    }

    /// Parses a pay rates file: the monthly cost of one FTE, employed and agency, at a date.
    ///
    /// Rejects a duplicated employment type for the same authority and date, and an authority and date that
    /// gives one employment type without the other (a premium needs both).
    public static func payRates(csv: String, fileName: String) throws(ImportError) -> [PayRateRecord] {
        let table = try parseTable(.payRates, csv: csv, fileName: fileName)
        let records = try table.map { record throws(ImportIssue) in (record.line, try payRateRecord(record)) }
        try rejectDuplicates(records, fileName: fileName, column: "employment_type", key: key)
        var issues: [ImportIssue] = []
        var typesByPeriod: [String: (line: Int, types: Set<EmploymentType>)] = [:]
        var order: [String] = []
        for (line, record) in records {
            let period = "\(record.authority) \(record.asAt)"
            if typesByPeriod[period] == nil {
                order.append(period)
                typesByPeriod[period] = (line, [])
            }
            typesByPeriod[period]?.types.insert(record.employmentType)
        }
        for period in order {
            guard let entry = typesByPeriod[period] else { continue }
            let missing = EmploymentType.allCases.filter { !entry.types.contains($0) }
            if let absent = missing.first {
                issues.append(missingPayRate(period: period, absent: absent, fileName: fileName, line: entry.line))
            }
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
        return records.map(\.1)
    }

    /// One pay rate row, checked.
    static func payRateRecord(_ record: CSVRecord) throws(ImportIssue) -> PayRateRecord {
        let types = EmploymentType.allCases.map(\.rawValue)
        guard let employmentType = EmploymentType(rawValue: try record.choice("employment_type", types)) else {
            throw record.issue("employment_type", "not one of \(types.joined(separator: ", "))")
        }
        return PayRateRecord(
            authority: try record.authorityCode("authority_code"),
            asAt: try record.date("as_at"),
            employmentType: employmentType,
            monthlyCost: try record.pounds("monthly_cost"),
            source: record.source
        )
    }

    /// What a file holds one pay rate row per, as a duplicate's issue names it.
    static func key(_ record: PayRateRecord) -> String {
        "\(record.authority) \(record.asAt) \(record.employmentType.rawValue)"
    }

    /// The issue of an authority and date (`period`, first on `line`) that has no row of one employment type.
    static func missingPayRate(period: String, absent: EmploymentType, fileName: String, line: Int) -> ImportIssue {
        ImportIssue(
            file: fileName, line: line, column: "employment_type",
            reason: "\(period) has no \(absent.rawValue) row; give both employed and agency for each authority and date")
    }

    /// Why a row that repeats the row described as `key`, first on line `earlier`, is refused.
    static func duplicateReason(_ key: String, earlier: Int) -> String { "\(key) repeats line \(earlier)" }

    /// Checks one team's counts against each other.
    private static func check(_ team: TeamReturn, record: CSVRecord) throws(ImportIssue) {
        if team.employedFTE > Double(team.employedHeadcount) + epsilon {
            throw record.issue(
                "employed_fte",
                "employed FTE \(team.employedFTE) is more than the employed headcount \(team.employedHeadcount); "
                    + "one person is at most 1.0 FTE"
            )
        }
        if team.agencyFTE > Double(team.agencyHeadcount) + epsilon {
            throw record.issue(
                "agency_fte",
                "agency FTE \(team.agencyFTE) is more than the agency headcount \(team.agencyHeadcount); "
                    + "one person is at most 1.0 FTE"
            )
        }
        let inPost = team.employedFTE + team.agencyFTE
        if team.caseHolderFTE > inPost + epsilon {
            throw record.issue(
                "case_holder_fte",
                "case-holder FTE \(team.caseHolderFTE) is more than the FTE in post (employed + agency = \(inPost))"
            )
        }
        if team.cases > 0 && team.caseHolderFTE <= 0 {
            throw record.issue("case_holder_fte", "\(team.cases) cases are held but the case-holder FTE is 0")
        }
        if team.cases == 0 && team.caseHolderFTE > 0 {
            throw record.issue(
                "cases", "0 cases, but a case holder holds at least one case (case-holder FTE is \(team.caseHolderFTE))"
            )
        }
    }

    /// Throws one issue per record whose key repeats an earlier record's, naming the earlier line.
    private static func rejectDuplicates<Record>(
        _ records: [(Int, Record)],
        fileName: String,
        column: String,
        key: (Record) -> String
    ) throws(ImportError) {
        var firstLine: [String: Int] = [:]
        var issues: [ImportIssue] = []
        for (line, record) in records {
            let recordKey = key(record)
            if let earlier = firstLine[recordKey] {
                issues.append(
                    ImportIssue(file: fileName, line: line, column: column, reason: duplicateReason(recordKey, earlier: earlier)))
            } else {
                firstLine[recordKey] = line
            }
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
    }
}
