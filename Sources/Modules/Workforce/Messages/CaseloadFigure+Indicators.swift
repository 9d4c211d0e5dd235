extension CaseloadFigure {
    /// The average caseload of computed indicators: cases ÷ case-holder FTE, undefined when there is no
    /// case-holder FTE.
    public init(_ indicators: WorkforceIndicators) {
        let average = indicators.averageCaseload.value
        self.init(
            cases: indicators.totals.cases, caseHolderFte: indicators.totals.caseHolderFTE, hasAverage: average != nil,
            average: average ?? 0)
    }
}
