/// Proto `ForecastAccuracyReport`.
public struct ForecastAccuracyReport: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Horizons.
    public var horizons: [Int]
    /// Authority level (every area) lines, then each area's.
    public var authorityLines: [AccuracyLine]
    /// Lines.
    public var lines: [AccuracyLine]
    /// Summaries.
    public var summaries: [AccuracySummary]
    /// Stored forecasts considered.
    public var forecasts: Int
}
