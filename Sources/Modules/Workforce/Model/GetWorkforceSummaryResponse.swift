/// Proto `cyphub.workforce.v1.GetWorkforceSummaryResponse`: the DfE workforce indicators of one staff
/// return, by team and in total.
public struct GetWorkforceSummaryResponse: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// Census date of the return, `YYYY-MM-DD`.
    public var asAt: String
    /// Where the figures come from (synthetic data says so).
    public var source: String
    /// One entry per team, in source order.
    public var teams: [TeamFigures]
    /// All teams together: counts summed, rates computed from the sums (never averaged).
    public var total: TeamFigures
    /// Every census date held for the authority, newest first.
    public var availableDates: [String]
    /// Supervision compliance and caseloads over threshold from the social care module; `nil` when it
    /// holds no records for the authority in the 91 days up to the census date.
    public var socialCare: SocialCareWorkload?

    /// Creates a response.
    public init(
        authority: String,
        asAt: String,
        source: String,
        teams: [TeamFigures],
        total: TeamFigures,
        availableDates: [String],
        socialCare: SocialCareWorkload?
    ) {
        self.authority = authority
        self.asAt = asAt
        self.source = source
        self.teams = teams
        self.total = total
        self.availableDates = availableDates
        self.socialCare = socialCare
    }
}
