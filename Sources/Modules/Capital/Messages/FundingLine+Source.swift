public import CYPHubCore

extension FundingLine {
    /// A funding source by year over `years`, in £000.
    public init(_ source: FundingSourceTotal, years: [FinancialYear]) {
        self.init(
            source: source.source, kind: source.kind, byYear: YearAmount.list(source.amounts, years: years),
            total: Thousands.figure(source.amounts.totalPounds), projectIds: source.projectIDs)
    }
}
