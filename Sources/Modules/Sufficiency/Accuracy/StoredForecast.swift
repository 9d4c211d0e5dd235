public import CYPHubCore
public import CapitalModule

/// A forecast kept for accuracy tracking: its base year and its pupils by area, year and year group.
public struct StoredForecast: Sendable, Hashable {
    /// The stored forecast's id.
    public var id: Int
    /// The last census year it used.
    public var baseYear: AcademicYear
    /// When it was run (ISO 8601, UTC).
    public var createdAt: String
    /// area → academic year (start) → year group → pupils.
    public var values: [String: [Int: [Int: Double]]] = [:]
    /// area → phase.
    public var phases: [String: SchoolPhase] = [:]

    /// Creates a stored forecast.
    public init(id: Int, baseYear: AcademicYear, createdAt: String) {
        self.id = id
        self.baseYear = baseYear
        self.createdAt = createdAt
    }
}
