/// One phase of an S106 education contribution.
public struct S106PhaseLine: Sendable, Hashable {
    /// The phase.
    public var phase: SchoolPhase
    /// Pupils per dwelling.
    public var yieldPerDwelling: Double
    /// Dwellings × yield per dwelling, unrounded.
    public var pupils: Double
    /// Cost of one place, in pounds.
    public var costPerPlacePounds: Double

    /// Pupils × cost per place, in pounds, unrounded.
    public var contributionPounds: Double { pupils * costPerPlacePounds }
}
