/// The caseload figures for one measure (a team type on one basis) on one snapshot date.
///
/// Property names are a wire contract: they are the lowerCamel JSON names of the `CaseloadSummary`
/// message in `cyphub/socialcare/v1/socialcare.proto`.
public struct CaseloadSummary: Sendable, Hashable, Codable {
    /// The team type.
    public var teamType: TeamType
    /// What is counted: cases or families.
    public var basis: CaseloadBasis
    /// The threshold in force: workers with a caseload strictly greater than this are "over".
    public var threshold: Int
    /// How many workers the measure covers.
    public var workerCount: Int
    /// How many distinct teams those workers are in.
    public var teamCount: Int
    /// The sum of the workers' caseloads.
    public var totalCaseload: Int
    /// The largest single worker's caseload.
    public var highestWorkerCaseload: Int
    /// The smallest single worker's caseload (a worker recorded with 0 makes this 0).
    public var lowestWorkerCaseload: Int
    /// How many workers hold more than ``threshold``.
    public var workersOverThreshold: Int
    /// The largest team caseload: the sum of the caseloads of one team's workers.
    public var highestTeamCaseload: Int
    /// The team with ``highestTeamCaseload`` (the first in id order when several tie).
    public var highestTeamId: String

    /// Creates a summary.
    public init(
        teamType: TeamType,
        basis: CaseloadBasis,
        threshold: Int,
        workerCount: Int,
        teamCount: Int,
        totalCaseload: Int,
        highestWorkerCaseload: Int,
        lowestWorkerCaseload: Int,
        workersOverThreshold: Int,
        highestTeamCaseload: Int,
        highestTeamId: String
    ) {
        self.teamType = teamType
        self.basis = basis
        self.threshold = threshold
        self.workerCount = workerCount
        self.teamCount = teamCount
        self.totalCaseload = totalCaseload
        self.highestWorkerCaseload = highestWorkerCaseload
        self.lowestWorkerCaseload = lowestWorkerCaseload
        self.workersOverThreshold = workersOverThreshold
        self.highestTeamCaseload = highestTeamCaseload
        self.highestTeamId = highestTeamId
    }

    /// The measure this summary is for.
    public var measure: CaseloadMeasure { CaseloadMeasure(teamType, basis) }
}
