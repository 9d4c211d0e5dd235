/// Proto `PlanningAreaList`.
public struct PlanningAreaList: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Areas.
    public var areas: [PlanningAreaInfo]
    /// Academic years with numbers on roll held, oldest first (`2014/15` …).
    public var censusYears: [String]
}
