/// Cost per place of the projects that add places, for one phase: total gross cost ÷ total places.
public struct CostPerPlace: Sendable, Hashable {
    /// The phase.
    public var phase: SchoolPhase
    /// Projects of the phase that add places.
    public var projects: Int
    /// Their places.
    public var places: Int
    /// Their gross cost, in pounds.
    public var grossCostPounds: Int

    /// Gross cost ÷ places in pounds; `nil` when no places.
    public var perPlacePounds: Double? { places > 0 ? Double(grossCostPounds) / Double(places) : nil }

    /// One figure per phase that has projects with places, in ``SchoolPhase/phases`` order.
    public static func byPhase(_ projects: [PlacesProject]) -> [CostPerPlace] {
        SchoolPhase.phases.compactMap { phase in
            let ofPhase = projects.filter { $0.phase == phase && $0.places > 0 }
            guard !ofPhase.isEmpty else { return nil }
            return CostPerPlace(
                phase: phase, projects: ofPhase.count, places: ofPhase.reduce(0) { $0 + $1.places },
                grossCostPounds: ofPhase.reduce(0) { $0 + $1.grossCostPounds }
            )
        }
    }
}
