public import CapitalModule

/// Proto `AccuracySummary`.
public struct AccuracySummary: Sendable, Hashable, Codable {
    /// Phase.
    public var phase: SchoolPhase
    /// Horizon years.
    public var horizonYears: Int
    /// Forecasts at this horizon with an actual to compare.
    public var comparisons: Int
    /// Authority level: (Σ forecast − Σ actual) ÷ Σ actual × 100 over the comparisons.
    public var errorPercent: Double
    /// Mean of the areas' absolute errors.
    public var meanAbsoluteAreaErrorPercent: Double
    /// Has error.
    public var hasError: Bool
}
