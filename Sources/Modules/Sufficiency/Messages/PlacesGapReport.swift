/// Proto `PlacesGapReport`.
public struct PlacesGapReport: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Base year.
    public var baseYear: String
    /// The capital programme version used; empty when none is held.
    public var capitalVersion: String
    /// Capital label.
    public var capitalLabel: String
    /// Areas.
    public var areas: [AreaGap]
    /// Phases.
    public var phases: [PhaseGap]
    /// Notes.
    public var notes: [String]
}
