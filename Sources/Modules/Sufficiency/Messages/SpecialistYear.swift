/// Proto `SpecialistYear`.
public struct SpecialistYear: Sendable, Hashable, Codable {
    /// Academic year.
    public var academicYear: String
    /// Forecast pupils with an EHCP needing a specialist place: primary (aged 5-10), secondary (11-15).
    public var primaryDemand: Double
    /// Secondary demand.
    public var secondaryDemand: Double
    /// False beyond the phase's horizon (primary 5 years).
    public var hasPrimary: Bool
    /// primary + secondary demand, rounded (only where both are forecast).
    public var demand: Int
    /// Statutory school-age places in specialist provision open that year plus specialist place changes.
    public var capacity: Int
    /// Places needed.
    public var placesNeeded: Int
    /// Spare places.
    public var sparePlaces: Int
    /// Has comparison.
    public var hasComparison: Bool
}
