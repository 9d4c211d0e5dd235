public import CYPHubCore

/// Proto `cyphub.capital.v1.GroupTotal`: the categories of one group by year (£000).
public struct GroupTotal: Codable, Sendable, Equatable {
    /// The group's title, e.g. `Other Capital`.
    public var title: String
    /// Its category slugs, in programme order.
    public var categories: [String]
    /// Every programme year.
    public var byYear: [YearAmount]
    /// Spend in the programme's years.
    public var total: Double
    /// Gross cost of its projects.
    public var grossCost: Double

    /// The wire form of a group's total over `years`.
    public init(_ spend: GroupSpend, years: [FinancialYear]) {
        title = spend.title
        categories = spend.categories
        byYear = YearAmount.list(spend.spend, years: years)
        total = Thousands.figure(spend.spend.totalPounds)
        grossCost = Thousands.figure(spend.grossCostPounds)
    }
}
