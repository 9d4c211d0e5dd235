/// A scenario and the base forecast side by side, with the differences per year.
public struct HighNeedsScenarioResult: Sendable, Hashable, Codable {
    /// The plan as it stands (proto `base_forecast`: protobuf-c reserves `base`).
    public var baseForecast: HighNeedsForecast
    /// The plan under the scenario's assumptions.
    public var scenario: HighNeedsForecast
    /// The scenario's assumptions, one per line for people (`savings delivery 75.0%`).
    public var assumptions: [String]
    /// The key measures, year by year, base against scenario.
    public var comparisons: [HighNeedsScenarioComparison]
}
