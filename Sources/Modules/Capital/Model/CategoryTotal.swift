public import CYPHubCore

/// Proto `cyphub.capital.v1.CategoryTotal`: the projects of one category by year (£000).
public struct CategoryTotal: Codable, Sendable, Equatable {
    /// The category slug.
    public var category: String
    /// Its title.
    public var title: String
    /// Its group.
    public var categoryGroup: String
    /// Projects in it.
    public var projects: Int
    /// Every programme year.
    public var byYear: [YearAmount]
    /// Spend in the programme's years.
    public var total: Double
    /// Gross cost of its projects.
    public var grossCost: Double

    /// The wire form of a category's total over `years`.
    public init(_ spend: CategorySpend, years: [FinancialYear]) {
        category = spend.category.slug
        title = spend.category.title
        categoryGroup = spend.category.group
        projects = spend.projects
        byYear = YearAmount.list(spend.spend, years: years)
        total = Thousands.figure(spend.spend.totalPounds)
        grossCost = Thousands.figure(spend.grossCostPounds)
    }
}
