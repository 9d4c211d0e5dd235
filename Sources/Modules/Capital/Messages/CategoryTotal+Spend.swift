public import CYPHubCore

extension CategoryTotal {
    /// A category's projects by year over `years`, in £000.
    public init(_ spend: CategorySpend, years: [FinancialYear]) {
        self.init(
            category: spend.category.slug, title: spend.category.title, categoryGroup: spend.category.group,
            projects: spend.projects, byYear: YearAmount.list(spend.spend, years: years),
            total: Thousands.figure(spend.spend.totalPounds), grossCost: Thousands.figure(spend.grossCostPounds))
    }
}
