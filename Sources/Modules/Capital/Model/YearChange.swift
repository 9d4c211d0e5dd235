public import CYPHubCore

/// Proto `cyphub.capital.v1.YearChange`: one year before and after (£000).
public struct YearChange: Codable, Sendable, Equatable {
    /// The financial year.
    public var year: FinancialYear
    /// In the earlier version.
    public var before: Double
    /// In the later version.
    public var after: Double
    /// after − before.
    public var change: Double

    /// The change in `year` between two amounts in pounds.
    public init(year: FinancialYear, beforePounds: Int, afterPounds: Int) {
        self.year = year
        before = Thousands.figure(beforePounds)
        after = Thousands.figure(afterPounds)
        change = Thousands.figure(afterPounds - beforePounds)
    }
}
