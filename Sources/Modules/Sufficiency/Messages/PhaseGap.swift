public import CapitalModule

/// Proto `PhaseGap`: The authority's view in one phase.
public struct PhaseGap: Sendable, Hashable, Codable {
    /// Phase.
    public var phase: SchoolPhase
    /// Sum over areas of the peak shortfall.
    public var totalShortfall: Int
    /// Places the capital programme adds in the phase's areas of the report, opening within the horizon.
    public var totalPlanned: Int
    /// Sum over areas of the peak remaining gap (planned places in one area never cover another's gap).
    public var remainingGap: Int
    /// Has cost.
    public var hasCost: Bool
    /// Pounds per place.
    public var costPerPlace: Double
    /// `setting costPerPlace.<phase>`, `capital programme <version>: £X over N places`, or why none.
    public var costPerPlaceBasis: String
    /// remaining_gap × cost_per_place, pounds.
    public var costToClose: Double
}
