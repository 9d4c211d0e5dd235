public import CapitalModule

/// Proto `AreaSufficiency`: one planning area's places year by year.
public struct AreaSufficiency: Sendable, Hashable, Codable {
    /// The area's code.
    public var planningArea: String
    /// The area's name.
    public var name: String
    /// The area's phase.
    public var phase: SchoolPhase
    /// The base year, then each forecast year.
    public var years: [SufficiencyYear]
}
