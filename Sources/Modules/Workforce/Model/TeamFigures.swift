/// Proto `cyphub.workforce.v1.TeamFigures`: one team's return (or the total of all teams) with its
/// DfE workforce indicators.
public struct TeamFigures: Codable, Sendable, Equatable {
    /// The team, or "All teams" for the total.
    public var team: String
    /// Employed social workers in post, FTE.
    public var employedFTE: Double
    /// Employed social workers in post, headcount.
    public var employedHeadcount: Int
    /// Agency social workers, FTE.
    public var agencyFTE: Double
    /// Agency social workers, headcount.
    public var agencyHeadcount: Int
    /// Vacant posts, FTE (including posts covered by agency workers).
    public var vacancyFTE: Double
    /// Employed leavers in the 12 months to the census date, FTE.
    public var leaverFTE: Double
    /// Workers holding one or more cases, FTE.
    public var caseHolderFTE: Double
    /// Cases held.
    public var cases: Int
    /// Turnover rate: leaver FTE ÷ employed FTE.
    public var turnover: RateFigure
    /// Agency rate: agency FTE ÷ (agency FTE + employed FTE).
    public var agency: RateFigure
    /// Vacancy rate: vacancy FTE ÷ (vacancy FTE + employed FTE).
    public var vacancy: RateFigure
    /// Average caseload: cases ÷ case-holder FTE.
    public var caseload: CaseloadFigure

    enum CodingKeys: String, CodingKey {
        case team
        case employedFTE = "employedFte"
        case employedHeadcount
        case agencyFTE = "agencyFte"
        case agencyHeadcount
        case vacancyFTE = "vacancyFte"
        case leaverFTE = "leaverFte"
        case caseHolderFTE = "caseHolderFte"
        case cases
        case turnover
        case agency
        case vacancy
        case caseload
    }

    /// The wire form of computed indicators.
    public init(_ indicators: WorkforceIndicators) {
        let totals = indicators.totals
        team = totals.team
        employedFTE = totals.employedFTE
        employedHeadcount = totals.employedHeadcount
        agencyFTE = totals.agencyFTE
        agencyHeadcount = totals.agencyHeadcount
        vacancyFTE = totals.vacancyFTE
        leaverFTE = totals.leaverFTE
        caseHolderFTE = totals.caseHolderFTE
        cases = totals.cases
        turnover = RateFigure(indicators.turnover)
        agency = RateFigure(indicators.agency)
        vacancy = RateFigure(indicators.vacancy)
        caseload = CaseloadFigure(indicators)
    }
}
