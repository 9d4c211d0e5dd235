/// Proto `cyphub.capital.v1.S106Line`: one phase of an S106 calculation.
public struct S106Line: Codable, Sendable, Equatable {
    /// The phase.
    public var phase: SchoolPhase
    /// Pupils per dwelling.
    public var yieldPerDwelling: Double
    /// Where the yield comes from.
    public var yieldBasis: RateBasis
    /// Dwellings × yield per dwelling, unrounded.
    public var pupils: Double
    /// Cost of one place, in pounds.
    public var costPerPlacePounds: Double
    /// Where the cost per place comes from.
    public var costBasis: RateBasis
    /// Where the cost per place comes from, for people.
    public var costBasisNote: String
    /// Pupils × cost per place, in pounds, unrounded.
    public var contributionPounds: Double

    /// The wire form of a computed line with where its rates come from.
    public init(_ line: S106PhaseLine, yieldBasis: RateBasis, costBasis: RateBasis, costBasisNote: String) {
        phase = line.phase
        yieldPerDwelling = line.yieldPerDwelling
        self.yieldBasis = yieldBasis
        pupils = line.pupils
        costPerPlacePounds = line.costPerPlacePounds
        self.costBasis = costBasis
        self.costBasisNote = costBasisNote
        contributionPounds = line.contributionPounds
    }
}
