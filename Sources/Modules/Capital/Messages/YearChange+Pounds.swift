public import CYPHubCore

extension YearChange {
    /// The change in `year` between two amounts in pounds, in £000.
    public init(year: FinancialYear, beforePounds: Int, afterPounds: Int) {
        self.init(
            year: year.description, before: Thousands.figure(beforePounds), after: Thousands.figure(afterPounds),
            change: Thousands.figure(afterPounds - beforePounds))
    }
}
