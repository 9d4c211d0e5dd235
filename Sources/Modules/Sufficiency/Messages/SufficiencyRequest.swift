/// Proto `SufficiencyRequest`.
public struct SufficiencyRequest: Sendable, Hashable, Codable {
    /// The authority's ONS code.
    public var authority: String
    /// Primary, secondary, or both (`unspecified`).
    public var phase: PhaseFilter
    /// The last census year used, empty for the latest held.
    public var baseYear: String
}
