/// Proto `ListPlanningAreasRequest`.
public struct ListPlanningAreasRequest: Sendable, Hashable, Codable {
    /// ONS code, e.g. E10000018.
    public var authority: String
}
