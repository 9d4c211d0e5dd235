public import CYPHubCore

/// Proto `cyphub.capital.v1.YearAmount`: an amount in one financial year, £000.
public struct YearAmount: Codable, Sendable, Equatable {
    /// The financial year.
    public var year: FinancialYear
    /// £000, exact to the pound.
    public var amount: Double

    /// Creates an amount.
    public init(year: FinancialYear, amount: Double) {
        self.year = year
        self.amount = amount
    }

    /// One amount per year of `years` (0 where `amounts` has none), in £000.
    public static func list(_ amounts: YearAmounts, years: [FinancialYear]) -> [YearAmount] {
        years.map { YearAmount(year: $0, amount: Thousands.figure(amounts[$0])) }
    }
}
