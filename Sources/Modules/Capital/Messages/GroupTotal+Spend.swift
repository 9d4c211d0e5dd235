public import CYPHubCore

extension GroupTotal {
    /// A group's categories by year over `years`, in £000.
    public init(_ spend: GroupSpend, years: [FinancialYear]) {
        self.init(
            title: spend.title, categories: spend.categories, byYear: YearAmount.list(spend.spend, years: years),
            total: Thousands.figure(spend.spend.totalPounds), grossCost: Thousands.figure(spend.grossCostPounds))
    }
}
