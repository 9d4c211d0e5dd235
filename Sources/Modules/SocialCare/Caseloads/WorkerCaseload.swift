/// One worker's caseload on a snapshot date: the input to ``CaseloadAnalysis``.
public struct WorkerCaseload: Sendable, Hashable {
    /// The authority's id for the worker (any stable string; not a name).
    public var workerId: String
    /// The team the worker belongs to; team caseloads are summed per team id within a team type.
    public var teamId: String
    /// The kind of team.
    public var teamType: TeamType
    /// The cases the worker holds (for Early Help and Targeted Youth Support: individuals).
    public var cases: Int
    /// The families the worker holds, for team types that count families (Early Help clusters);
    /// `nil` otherwise.
    public var families: Int?

    /// Creates a record.
    public init(workerId: String, teamId: String, teamType: TeamType, cases: Int, families: Int? = nil) {
        self.workerId = workerId
        self.teamId = teamId
        self.teamType = teamType
        self.cases = cases
        self.families = families
    }

    /// The caseload on a basis: ``cases`` or ``families`` (`nil` when the worker has no family count).
    public func caseload(_ basis: CaseloadBasis) -> Int? {
        switch basis {
        case .cases: cases
        case .families: families
        }
    }
}
