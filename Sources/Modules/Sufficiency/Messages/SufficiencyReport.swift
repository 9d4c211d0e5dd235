/// Proto `SufficiencyReport`: forecast pupils against capacity by area, phase and year, and the authority totals.
public struct SufficiencyReport: Sendable, Hashable, Codable {
    /// The authority's ONS code.
    public var authority: String
    /// The base (census) year.
    public var baseYear: String
    /// The target surplus band's minimum, %.
    public var targetMinPercent: Double
    /// The target surplus band's maximum, %.
    public var targetMaxPercent: Double
    /// One entry per planning area.
    public var areas: [AreaSufficiency]
    /// One entry per phase and year.
    public var totals: [SufficiencyTotal]
    /// What capacity counts.
    public var capacityBasis: String
}
