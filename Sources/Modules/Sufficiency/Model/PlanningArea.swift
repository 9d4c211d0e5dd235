public import CapitalModule

/// A school place planning area: the unit an authority forecasts pupils and plans places in. Areas are
/// phase-specific (a primary area, a secondary area, a specialist area).
public struct PlanningArea: Sendable, Hashable {
    /// The authority's ONS code.
    public var authority: String
    /// The authority's code for the area.
    public var code: String
    /// The area's name.
    public var name: String
    /// The phase the area plans.
    public var phase: SchoolPhase
    /// Primary areas: the secondary area most of their Year 6 pupils move on to (empty when not named).
    public var secondaryArea: String

    /// Creates an area.
    public init(authority: String, code: String, name: String, phase: SchoolPhase, secondaryArea: String = "") {
        self.authority = authority
        self.code = code
        self.name = name
        self.phase = phase
        self.secondaryArea = secondaryArea
    }
}
