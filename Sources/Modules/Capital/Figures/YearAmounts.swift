public import CYPHubCore

/// Amounts by financial year, in whole pounds: a spend profile or a funding line.
public struct YearAmounts: Sendable, Hashable {
    /// Pounds by year; an absent year is 0.
    public private(set) var pounds: [FinancialYear: Int]

    /// Creates amounts.
    public init(_ pounds: [FinancialYear: Int] = [:]) {
        self.pounds = pounds
    }

    /// Pounds in `year` (0 when none).
    public subscript(year: FinancialYear) -> Int { pounds[year] ?? 0 }

    /// The sum over every year.
    public var totalPounds: Int { pounds.values.reduce(0, +) }

    /// Adds `amount` pounds to `year`.
    public mutating func add(_ amount: Int, in year: FinancialYear) {
        pounds[year, default: 0] += amount
    }

    /// Adds every year of `other`.
    public mutating func add(_ other: YearAmounts) {
        for (year, amount) in other.pounds { add(amount, in: year) }
    }
}
