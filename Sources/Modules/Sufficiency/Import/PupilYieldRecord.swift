public import CapitalModule

/// Pupils per new dwelling in one phase.
public struct PupilYieldRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authority: String
    /// Primary or secondary.
    public var phase: SchoolPhase
    /// Pupils per dwelling.
    public var yieldPerDwelling: Double
    /// Where the figure comes from.
    public var source: String
}
