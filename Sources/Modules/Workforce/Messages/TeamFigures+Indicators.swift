extension TeamFigures {
    /// Computed indicators: the return's counts, the turnover, agency and vacancy rates and the average caseload.
    public init(_ indicators: WorkforceIndicators) {
        let totals = indicators.totals
        self.init(
            team: totals.team,
            employedFte: totals.employedFTE,
            employedHeadcount: totals.employedHeadcount,
            agencyFte: totals.agencyFTE,
            agencyHeadcount: totals.agencyHeadcount,
            vacancyFte: totals.vacancyFTE,
            leaverFte: totals.leaverFTE,
            caseHolderFte: totals.caseHolderFTE,
            cases: totals.cases,
            turnover: RateFigure(indicators.turnover),
            agency: RateFigure(indicators.agency),
            vacancy: RateFigure(indicators.vacancy),
            caseload: CaseloadFigure(indicators)
        )
    }
}
