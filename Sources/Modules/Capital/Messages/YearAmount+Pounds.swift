public import CYPHubCore

extension YearAmount {
    /// One amount per year of `years` (0 where `amounts` has none), in £000.
    public static func list(_ amounts: YearAmounts, years: [FinancialYear]) -> [YearAmount] {
        years.map { YearAmount(year: $0.description, amount: Thousands.figure(amounts[$0])) }
    }
}
