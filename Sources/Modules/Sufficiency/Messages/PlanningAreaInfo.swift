public import CapitalModule

/// Proto `PlanningAreaInfo`.
public struct PlanningAreaInfo: Sendable, Hashable, Codable {
    /// The authority's code for the area.
    public var code: String
    /// Name.
    public var name: String
    /// Phase.
    public var phase: SchoolPhase
    /// Primary areas: the secondary planning area most of their Year 6 pupils move on to (may be empty).
    public var secondaryPlanningArea: String
    /// Schools.
    public var schools: [SchoolInfo]
    /// Net capacity of the schools open in the latest census year held.
    public var capacity: Int
}
