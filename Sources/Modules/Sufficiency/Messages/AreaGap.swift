public import CapitalModule

/// Proto `AreaGap`.
public struct AreaGap: Sendable, Hashable, Codable {
    /// Planning area.
    public var planningArea: String
    /// Name.
    public var name: String
    /// Phase.
    public var phase: SchoolPhase
    /// Years.
    public var years: [GapYear]
    /// Projects.
    public var projects: [PlannedProject]
    /// The largest shortfall in any year (places to provide before projects).
    public var peakShortfall: Int
    /// The largest remaining gap in any year (places still to provide).
    public var peakRemainingGap: Int
    /// Has cost.
    public var hasCost: Bool
    /// peak_remaining_gap × cost per place, in pounds.
    public var costToClose: Double
}
