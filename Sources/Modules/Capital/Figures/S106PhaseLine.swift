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

    /// Creates a line.
    public init(phase: SchoolPhase, yieldPerDwelling: Double, pupils: Double, costPerPlacePounds: Double) {
        self.phase = phase
        self.yieldPerDwelling = yieldPerDwelling
        self.pupils = pupils
        self.costPerPlacePounds = costPerPlacePounds
    }

    /// Pupils × cost per place, in pounds, unrounded.
    public var contributionPounds: Double { pupils * costPerPlacePounds }
}
