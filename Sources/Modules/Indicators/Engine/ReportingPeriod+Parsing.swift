import Foundation

extension ReportingPeriod {
    /// The forms ``init(parsing:)`` accepts, for error messages.
    public static let acceptedForms =
        "2024-03, FY2023-24-Q4, AY2023-24-AUT|SPR|SUM, AY2022-23, FY2023-24, "
        + "or the labels Q4 2023/24, Spring 2024, AY 2022/23, FY 2023/24, Mar 2024"

    /// Parses a canonical period code (`2024-03`, `FY2023-24-Q4`, `AY2023-24-SPR`, `AY2022-23`,
    /// `FY2023-24`) or a label (`Q4 2023/24`, `Autumn 2023`, `Spring 2024`, `AY 2022/23`, `FY 2023/24`,
    /// `Mar 2024`), case-insensitively. Returns `nil` for anything else, including a year span whose
    /// second year is not the first plus one (`FY2023-25`).
    public init?(parsing text: String) {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard let period = Self.parseCode(upper) ?? Self.parseLabel(upper) else { return nil }
        self = period
    }

    private static func parseCode(_ text: String) -> ReportingPeriod? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // 2024-03
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1])
        {
            return .month(month, of: year)
        }
        guard parts.count == 2 || parts.count == 3,
            parts[0].count == 6, parts[1].count == 2
        else { return nil }
        let prefix = String(parts[0].prefix(2))
        guard let startYear = Int(parts[0].dropFirst(2)), let endYear = Int(parts[1]),
            endYear == (startYear + 1) % 100
        else { return nil }
        switch (prefix, parts.count) {
        case ("FY", 2): return .financialYear(starting: startYear)
        case ("AY", 2): return .academicYear(starting: startYear)
        case ("FY", 3):
            let quarter = parts[2]
            guard quarter.count == 2, quarter.hasPrefix("Q"), let number = Int(quarter.dropFirst()) else {
                return nil
            }
            return .quarter(number, ofFinancialYearStarting: startYear)
        case ("AY", 3):
            guard let term = SchoolTerm.allCases.first(where: { $0.code == parts[2] }) else { return nil }
            return .term(term, ofAcademicYearStarting: startYear)
        default: return nil
        }
    }

    private static func parseLabel(_ text: String) -> ReportingPeriod? {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 2 else { return nil }
        let (first, second) = (words[0], words[1])
        if let startYear = Self.parseSlashSpan(second) {
            switch first {
            case "AY": return .academicYear(starting: startYear)
            case "FY": return .financialYear(starting: startYear)
            default:
                guard first.count == 2, first.hasPrefix("Q"), let quarter = Int(first.dropFirst()) else {
                    return nil
                }
                return .quarter(quarter, ofFinancialYearStarting: startYear)
            }
        }
        guard second.count == 4, let year = Int(second) else { return nil }
        if let term = SchoolTerm.allCases.first(where: { $0.name.uppercased() == first }) {
            return .term(term, ofAcademicYearStarting: term == .autumn ? year : year - 1)
        }
        if let monthIndex = monthNames.firstIndex(where: { $0.uppercased() == first }) {
            return .month(monthIndex + 1, of: year)
        }
        return nil
    }

    /// `2023/24` -> 2023.
    private static func parseSlashSpan(_ text: String) -> Int? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let start = Int(parts[0]), let end = Int(parts[1]), end == (start + 1) % 100
        else { return nil }
        return start
    }
}
