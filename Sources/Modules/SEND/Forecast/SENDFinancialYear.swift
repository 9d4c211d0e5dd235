import Foundation

/// An English local-government financial year, 1 April to 31 March, written `2024/25`.
public struct SENDFinancialYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year the financial year starts in (2024 for `2024/25`).
    public let startYear: Int

    /// Creates the financial year starting on 1 April of `startYear`.
    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// Parses `2024/25`, `2024-25` or `2024/2025`; `nil` when the text is not a financial year or the
    /// second year does not follow the first (`2024/26`).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard parts.count == 2, parts[0].count == 4, let start = Int(parts[0]), (1900...2999).contains(start),
            let end = Int(parts[1])
        else { return nil }
        switch parts[1].count {
        case 2: guard end == (start + 1) % 100 else { return nil }
        case 4: guard end == start + 1 else { return nil }
        default: return nil
        }
        self.startYear = start
    }

    /// The year `offset` years later (earlier when negative).
    public func adding(years offset: Int) -> SENDFinancialYear { SENDFinancialYear(startYear: startYear + offset) }

    /// Whole years from `other` to this year.
    public func years(since other: SENDFinancialYear) -> Int { startYear - other.startYear }

    /// `2024/25`.
    public var description: String {
        let next = (startYear + 1) % 100
        return "\(startYear)/\(next < 10 ? "0" : "")\(next)"
    }

    /// Orders by start year.
    public static func < (lhs: SENDFinancialYear, rhs: SENDFinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}
