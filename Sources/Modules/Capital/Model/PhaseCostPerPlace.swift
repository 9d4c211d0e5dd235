/// Proto `cyphub.capital.v1.PhaseCostPerPlace`: cost per place of one phase's projects that add places.
public struct PhaseCostPerPlace: Codable, Sendable, Equatable {
    /// The phase.
    public var phase: SchoolPhase
    /// Projects of the phase that add places.
    public var projects: Int
    /// Their places.
    public var places: Int
    /// Their gross cost, £000.
    public var grossCost: Double
    /// Gross cost ÷ places, in pounds.
    public var costPerPlacePounds: Double

    /// The wire form of a phase's figure.
    public init(_ figure: CostPerPlace) {
        phase = figure.phase
        projects = figure.projects
        places = figure.places
        grossCost = Thousands.figure(figure.grossCostPounds)
        costPerPlacePounds = figure.perPlacePounds ?? 0
    }
}
