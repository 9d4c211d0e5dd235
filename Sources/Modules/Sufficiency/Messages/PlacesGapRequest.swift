/// Proto `PlacesGapRequest`.
public struct PlacesGapRequest: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Unspecified for every phase (primary, secondary and specialist).
    public var phase: PhaseFilter
    /// One planning area; empty for all.
    public var planningArea: String
    /// Base year.
    public var baseYear: String
    /// The capital programme version (YYYY-MM-DD); empty for the newest.
    public var capitalVersion: String
}
