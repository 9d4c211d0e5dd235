public import CapitalModule

/// Proto `SufficiencyTotal`: the authority in one phase and year. Shortfalls and surpluses are summed
/// separately over areas, never netted.
public struct SufficiencyTotal: Sendable, Hashable, Codable {
    /// The phase.
    public var phase: SchoolPhase
    /// `2024/25`.
    public var academicYear: String
    /// True for the base year.
    public var actual: Bool
    /// Pupils over every area.
    public var pupils: Int
    /// Places over every area.
    public var capacity: Int
    /// Sum over areas of places needed.
    public var totalShortfall: Int
    /// Sum over areas of spare places.
    public var totalSurplus: Int
    /// Areas with a shortfall.
    public var areasShort: Int
    /// Areas counted.
    public var areas: Int
}
