/// The education contribution a housing development owes under S106: for each phase, the pupils it yields
/// (dwellings × pupils per dwelling) × the cost of a place. A specialist place costs the specialist
/// multiplier × the mean of the primary and secondary costs per place.
public struct S106Contribution: Sendable, Hashable {
    /// Dwellings in the development.
    public var dwellings: Int
    /// Primary, secondary and specialist.
    public var lines: [S106PhaseLine]

    /// Computes the contribution of `dwellings` at `rates`.
    public init(dwellings: Int, rates: S106Rates) {
        self.dwellings = dwellings
        self.lines = SchoolPhase.phases.map { phase in
            let yield = rates.yieldPerDwelling[phase] ?? 0
            return S106PhaseLine(
                phase: phase, yieldPerDwelling: yield, pupils: Double(dwellings) * yield,
                costPerPlacePounds: rates.costPerPlacePounds(phase)
            )
        }
    }

    /// Pupils over every phase.
    public var totalPupils: Double { lines.reduce(0) { $0 + $1.pupils } }

    /// The contribution over every phase, in pounds, unrounded.
    public var totalPounds: Double { lines.reduce(0) { $0 + $1.contributionPounds } }
}
