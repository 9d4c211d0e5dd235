/// A twelve-month year that spans two calendar years, written `2024/25`: an English local-government
/// financial year (1 April to 31 March) or an academic year (1 September to 31 August).
///
/// `Codable` as its text (`"2024/25"`).
public struct SplitYear: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The calendar year the span starts in (2024 for `2024/25`).
    public let startYear: Int

    /// Creates the year starting in `startYear`.
    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// Parses `2024/25`, `2024-25` or `2024/2025`; `nil` when the text is not such a year or the second year
    /// does not follow the first (`2024/26`).
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" })
            .map(String.init)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
            parts[1].allSatisfy(\.isASCIIDigit), let start = Int(parts[0]), (1900...2999).contains(start),
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
    public func adding(years offset: Int) -> SplitYear { SplitYear(startYear: startYear + offset) }

    /// Whole years from `other` to this year.
    public func years(since other: SplitYear) -> Int { startYear - other.startYear }

    /// `2024/25`.
    public var description: String {
        let next = (startYear + 1) % 100
        return "\(startYear)/\(next < 10 ? "0" : "")\(next)"
    }

    /// Orders by start year.
    public static func < (lhs: SplitYear, rhs: SplitYear) -> Bool { lhs.startYear < rhs.startYear }

    /// Decodes `"2024/25"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let year = SplitYear(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a year like 2024/25")
        }
        self = year
    }

    /// Encodes `"2024/25"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An academic year, 1 September to 31 August (`2023/24`; its spring census is in January 2024).
public typealias AcademicYear = SplitYear

/// An English local-government financial year, 1 April to 31 March (`2024/25`).
public typealias FinancialYear = SplitYear

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
