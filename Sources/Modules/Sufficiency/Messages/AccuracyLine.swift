public import CapitalModule

/// Proto `AccuracyLine`: One stored forecast's error at one horizon.
public struct AccuracyLine: Sendable, Hashable, Codable {
    /// Planning area.
    public var planningArea: String
    /// Name.
    public var name: String
    /// Phase.
    public var phase: SchoolPhase
    /// The forecast's base year and the year it forecast.
    public var baseYear: String
    /// Target year.
    public var targetYear: String
    /// Horizon years.
    public var horizonYears: Int
    /// Forecast id.
    public var forecastId: Int
    /// Forecast.
    public var forecast: Double
    /// Actual.
    public var actual: Int
    /// (forecast − actual) ÷ actual × 100; positive = over-forecast.
    public var errorPercent: Double
    /// Has error.
    public var hasError: Bool
}
