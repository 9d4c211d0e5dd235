/// A typed, ordered reporting period: a month, a financial-year quarter, a school term, an academic year
/// or a financial year.
///
/// Every period has a canonical code (see ``code``) and a human label (see ``label``):
///
/// | frequency | code | label | nominal months |
/// | --- | --- | --- | --- |
/// | month | `2024-03` | Mar 2024 | that month |
/// | quarter | `FY2023-24-Q4` | Q4 2023/24 | Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar |
/// | term | `AY2023-24-SPR` | Spring 2024 | AUT Sep-Dec, SPR Jan-Mar, SUM Apr-Aug |
/// | academic year | `AY2022-23` | AY 2022/23 | Sep-Aug |
/// | financial year | `FY2023-24` | FY 2023/24 | Apr-Mar |
///
/// Periods order by their last nominal month, then (for periods ending in the same month) the longer
/// period first, then by frequency. Within one frequency this is plain chronological order.
public struct ReportingPeriod: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The kind of period with its place in the year: the month, quarter or term it is, or a whole year.
    /// Richer than the wire's ``ReportingFrequency`` (which ``frequency`` gives), and never `unspecified`.
    enum Kind: Sendable, Hashable {
        /// A calendar month, 1-12.
        case month(Int)
        /// A financial-year quarter, 1-4 (Q1 = April-June).
        case quarter(Int)
        /// A school term.
        case term(SchoolTerm)
        /// September to August.
        case academicYear
        /// April to March.
        case financialYear
    }

    /// The kind of period and its place in the year.
    let kind: Kind
    /// The calendar year for a month; the first year of the financial or academic year otherwise
    /// (2023 for `FY2023-24-Q4`).
    public let year: Int

    /// The years a period may fall in.
    public static let validYears = 1900...2999

    init(_ kind: Kind, year: Int) {
        self.kind = kind
        self.year = year
    }

    /// A calendar month, or `nil` when the year or month is out of range.
    public static func month(_ month: Int, of year: Int) -> ReportingPeriod? {
        guard validYears.contains(year), (1...12).contains(month) else { return nil }
        return ReportingPeriod(.month(month), year: year)
    }

    /// A quarter (1-4, Q1 = April-June) of the financial year starting in April of `startYear`.
    public static func quarter(_ quarter: Int, ofFinancialYearStarting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear), (1...4).contains(quarter) else { return nil }
        return ReportingPeriod(.quarter(quarter), year: startYear)
    }

    /// A school term of the academic year starting in September of `startYear`.
    public static func term(_ term: SchoolTerm, ofAcademicYearStarting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear) else { return nil }
        return ReportingPeriod(.term(term), year: startYear)
    }

    /// The academic year September `startYear` to August `startYear + 1`.
    public static func academicYear(starting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear) else { return nil }
        return ReportingPeriod(.academicYear, year: startYear)
    }

    /// The financial year April `startYear` to March `startYear + 1`.
    public static func financialYear(starting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear) else { return nil }
        return ReportingPeriod(.financialYear, year: startYear)
    }

    /// The kind of period, as the wire and the definitions name it.
    public var frequency: ReportingFrequency {
        switch kind {
        case .month: .month
        case .quarter: .quarter
        case .term: .term
        case .academicYear: .academicYear
        case .financialYear: .financialYear
        }
    }

    /// The month (1-12), quarter (1-4) or term (1-3) within the year; 0 for a whole year.
    public var index: Int {
        switch kind {
        case .month(let month): month
        case .quarter(let quarter): quarter
        case .term(let term): term.rawValue
        case .academicYear, .financialYear: 0
        }
    }

    /// The school term, for a term period.
    public var term: SchoolTerm? {
        if case .term(let term) = kind { term } else { nil }
    }

    /// The first nominal month, counted as `year * 12 + (month - 1)`.
    public var firstMonthNumber: Int {
        switch kind {
        case .month(let month): year * 12 + month - 1
        case .quarter(let quarter): year * 12 + 3 + 3 * (quarter - 1)
        case .term(.autumn): year * 12 + 8
        case .term(.spring): (year + 1) * 12
        case .term(.summer): (year + 1) * 12 + 3
        case .academicYear: year * 12 + 8
        case .financialYear: year * 12 + 3
        }
    }

    /// The last nominal month, counted as `year * 12 + (month - 1)`.
    public var lastMonthNumber: Int {
        switch kind {
        case .month: firstMonthNumber
        case .quarter: firstMonthNumber + 2
        case .term(.autumn): year * 12 + 11
        case .term(.spring): (year + 1) * 12 + 2
        case .term(.summer): (year + 1) * 12 + 7
        case .academicYear: (year + 1) * 12 + 7
        case .financialYear: (year + 1) * 12 + 2
        }
    }

    /// The same period one year earlier (`FY2023-24-Q4` -> `FY2022-23-Q4`).
    public var yearEarlier: ReportingPeriod {
        ReportingPeriod(kind, year: year - 1)
    }

    /// The period of the same frequency immediately before this one (`FY2023-24-Q1` -> `FY2022-23-Q4`).
    public var preceding: ReportingPeriod {
        switch kind {
        case .month(1): ReportingPeriod(.month(12), year: year - 1)
        case .month(let month): ReportingPeriod(.month(month - 1), year: year)
        case .quarter(1): ReportingPeriod(.quarter(4), year: year - 1)
        case .quarter(let quarter): ReportingPeriod(.quarter(quarter - 1), year: year)
        case .term(.autumn): ReportingPeriod(.term(.summer), year: year - 1)
        case .term(.spring): ReportingPeriod(.term(.autumn), year: year)
        case .term(.summer): ReportingPeriod(.term(.spring), year: year)
        case .academicYear, .financialYear: ReportingPeriod(kind, year: year - 1)
        }
    }

    /// The canonical code (see the type's table).
    public var code: String {
        switch kind {
        case .month(let month): "\(Self.fourDigits(year))-\(Self.twoDigits(month))"
        case .quarter(let quarter): "FY\(yearSpan("-"))-Q\(quarter)"
        case .term(let term): "AY\(yearSpan("-"))-\(term.code)"
        case .academicYear: "AY\(yearSpan("-"))"
        case .financialYear: "FY\(yearSpan("-"))"
        }
    }

    /// The label a committee paper uses ("Q4 2023/24", "Spring 2024", "AY 2022/23", "Mar 2024").
    public var label: String {
        switch kind {
        case .month(let month): "\(Self.monthNames[month - 1]) \(Self.fourDigits(year))"
        case .quarter(let quarter): "Q\(quarter) \(yearSpan("/"))"
        case .term(let term): "\(term.name) \(Self.fourDigits(term == .autumn ? year : year + 1))"
        case .academicYear: "AY \(yearSpan("/"))"
        case .financialYear: "FY \(yearSpan("/"))"
        }
    }

    /// The canonical code.
    public var description: String { code }

    /// Orders by last nominal month, then longer period first, then frequency.
    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        if lhs.lastMonthNumber != rhs.lastMonthNumber { return lhs.lastMonthNumber < rhs.lastMonthNumber }
        if lhs.firstMonthNumber != rhs.firstMonthNumber { return lhs.firstMonthNumber < rhs.firstMonthNumber }
        if lhs.frequency != rhs.frequency {
            return lhs.frequency.protoNumber < rhs.frequency.protoNumber
        }
        return lhs.index < rhs.index
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private func yearSpan(_ separator: String) -> String {
        "\(Self.fourDigits(year))\(separator)\(Self.twoDigits((year + 1) % 100))"
    }

    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    static func fourDigits(_ value: Int) -> String {
        String(value)
    }
}
