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
    /// The kind of period.
    public let frequency: ReportingFrequency
    /// The calendar year for a month; the first year of the financial or academic year otherwise
    /// (2023 for `FY2023-24-Q4`).
    public let year: Int
    /// The month (1-12), quarter (1-4) or term (1-3) within the year; 0 for a whole year.
    public let index: Int

    /// The years a period may fall in.
    public static let validYears = 1900...2999

    init(frequency: ReportingFrequency, year: Int, index: Int) {
        self.frequency = frequency
        self.year = year
        self.index = index
    }

    /// A calendar month, or `nil` when the year or month is out of range.
    public static func month(_ month: Int, of year: Int) -> ReportingPeriod? {
        guard validYears.contains(year), (1...12).contains(month) else { return nil }
        return ReportingPeriod(frequency: .month, year: year, index: month)
    }

    /// A quarter (1-4, Q1 = April-June) of the financial year starting in April of `startYear`.
    public static func quarter(_ quarter: Int, ofFinancialYearStarting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear), (1...4).contains(quarter) else { return nil }
        return ReportingPeriod(frequency: .quarter, year: startYear, index: quarter)
    }

    /// A school term of the academic year starting in September of `startYear`.
    public static func term(_ term: SchoolTerm, ofAcademicYearStarting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear) else { return nil }
        return ReportingPeriod(frequency: .term, year: startYear, index: term.rawValue)
    }

    /// The academic year September `startYear` to August `startYear + 1`.
    public static func academicYear(starting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear) else { return nil }
        return ReportingPeriod(frequency: .academicYear, year: startYear, index: 0)
    }

    /// The financial year April `startYear` to March `startYear + 1`.
    public static func financialYear(starting startYear: Int) -> ReportingPeriod? {
        guard validYears.contains(startYear) else { return nil }
        return ReportingPeriod(frequency: .financialYear, year: startYear, index: 0)
    }

    /// The school term, for a term period.
    public var term: SchoolTerm? {
        frequency == .term ? SchoolTerm(rawValue: index) : nil
    }

    /// The first nominal month, counted as `year * 12 + (month - 1)`.
    public var firstMonthNumber: Int {
        switch frequency {
        case .month: year * 12 + index - 1
        case .quarter: year * 12 + 3 + 3 * (index - 1)
        case .term:
            switch index {
            case 1: year * 12 + 8
            case 2: (year + 1) * 12
            default: (year + 1) * 12 + 3
            }
        case .academicYear: year * 12 + 8
        case .financialYear: year * 12 + 3
        }
    }

    /// The last nominal month, counted as `year * 12 + (month - 1)`.
    public var lastMonthNumber: Int {
        switch frequency {
        case .month: firstMonthNumber
        case .quarter: firstMonthNumber + 2
        case .term:
            switch index {
            case 1: year * 12 + 11
            case 2: (year + 1) * 12 + 2
            default: (year + 1) * 12 + 7
            }
        case .academicYear: (year + 1) * 12 + 7
        case .financialYear: (year + 1) * 12 + 2
        }
    }

    /// The same period one year earlier (`FY2023-24-Q4` -> `FY2022-23-Q4`).
    public var yearEarlier: ReportingPeriod {
        ReportingPeriod(frequency: frequency, year: year - 1, index: index)
    }

    /// The period of the same frequency immediately before this one (`FY2023-24-Q1` -> `FY2022-23-Q4`).
    public var preceding: ReportingPeriod {
        switch frequency {
        case .month:
            index == 1
                ? ReportingPeriod(frequency: .month, year: year - 1, index: 12)
                : ReportingPeriod(frequency: .month, year: year, index: index - 1)
        case .quarter:
            index == 1
                ? ReportingPeriod(frequency: .quarter, year: year - 1, index: 4)
                : ReportingPeriod(frequency: .quarter, year: year, index: index - 1)
        case .term:
            index == 1
                ? ReportingPeriod(frequency: .term, year: year - 1, index: 3)
                : ReportingPeriod(frequency: .term, year: year, index: index - 1)
        case .academicYear, .financialYear:
            ReportingPeriod(frequency: frequency, year: year - 1, index: 0)
        }
    }

    /// The canonical code (see the type's table).
    public var code: String {
        switch frequency {
        case .month: "\(Self.fourDigits(year))-\(Self.twoDigits(index))"
        case .quarter: "FY\(yearSpan("-"))-Q\(index)"
        case .term: "AY\(yearSpan("-"))-\(term?.code ?? "?")"
        case .academicYear: "AY\(yearSpan("-"))"
        case .financialYear: "FY\(yearSpan("-"))"
        }
    }

    /// The label a committee paper uses ("Q4 2023/24", "Spring 2024", "AY 2022/23", "Mar 2024").
    public var label: String {
        switch frequency {
        case .month: "\(Self.monthNames[index - 1]) \(Self.fourDigits(year))"
        case .quarter: "Q\(index) \(yearSpan("/"))"
        case .term:
            "\(term?.name ?? "?") \(Self.fourDigits(index == 1 ? year : year + 1))"
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
            return ReportingFrequency.allCases.firstIndex(of: lhs.frequency)
                ?? 0 < ReportingFrequency.allCases.firstIndex(of: rhs.frequency) ?? 0
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
