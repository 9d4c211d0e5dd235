/// One team's children's social work workforce return at a census date (the DfE census date is 30 September).
///
/// The counts follow the DfE children's social work workforce census:
/// - *employed* workers are children and family social workers employed and paid directly by the authority;
/// - *agency* workers are children and family social workers not paid directly by the authority;
/// - a *vacancy* is an FTE social worker post not filled by an employed social worker; a vacancy covered
///   by an agency worker is still a vacancy;
/// - *leavers* are employed social workers (FTE) who left the authority in the 12 months to the census date;
/// - *case holders* are workers (employed or agency) holding one or more cases at the census date.
public struct TeamReturn: Sendable, Hashable {
    /// The team, e.g. "Children in Need".
    public var team: String
    /// FTE of employed social workers in post at the census date.
    public var employedFTE: Double
    /// Headcount of employed social workers in post at the census date.
    public var employedHeadcount: Int
    /// FTE of agency social workers at the census date.
    public var agencyFTE: Double
    /// Headcount of agency social workers at the census date.
    public var agencyHeadcount: Int
    /// FTE of vacant social worker posts at the census date (including posts covered by agency workers).
    public var vacancyFTE: Double
    /// FTE of employed social workers who left in the 12 months to the census date.
    public var leaverFTE: Double
    /// FTE of workers (employed and agency) holding one or more cases at the census date.
    public var caseHolderFTE: Double
    /// Number of cases those case holders held at the census date.
    public var cases: Int

    /// Creates a return.
    public init(
        team: String,
        employedFTE: Double,
        employedHeadcount: Int,
        agencyFTE: Double,
        agencyHeadcount: Int,
        vacancyFTE: Double,
        leaverFTE: Double,
        caseHolderFTE: Double,
        cases: Int
    ) {
        self.team = team
        self.employedFTE = employedFTE
        self.employedHeadcount = employedHeadcount
        self.agencyFTE = agencyFTE
        self.agencyHeadcount = agencyHeadcount
        self.vacancyFTE = vacancyFTE
        self.leaverFTE = leaverFTE
        self.caseHolderFTE = caseHolderFTE
        self.cases = cases
    }

    /// The sum of several returns, under the given team name.
    public init(team: String, summing returns: some Sequence<TeamReturn>) {
        self.init(
            team: team, employedFTE: 0, employedHeadcount: 0, agencyFTE: 0, agencyHeadcount: 0,
            vacancyFTE: 0, leaverFTE: 0, caseHolderFTE: 0, cases: 0
        )
        for item in returns {
            employedFTE += item.employedFTE
            employedHeadcount += item.employedHeadcount
            agencyFTE += item.agencyFTE
            agencyHeadcount += item.agencyHeadcount
            vacancyFTE += item.vacancyFTE
            leaverFTE += item.leaverFTE
            caseHolderFTE += item.caseHolderFTE
            cases += item.cases
        }
    }
}
