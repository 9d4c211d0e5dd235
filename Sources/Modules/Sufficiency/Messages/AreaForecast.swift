public import CapitalModule

/// Proto `AreaForecast`: one planning area's forecast, the ratios it used and the assumptions it made.
public struct AreaForecast: Sendable, Hashable, Codable {
    /// The area's code.
    public var planningArea: String
    /// The area's name.
    public var name: String
    /// Primary or secondary.
    public var phase: SchoolPhase
    /// Every ratio applied.
    public var ratios: [SurvivalRatio]
    /// The base year's actual numbers on roll, then each forecast year.
    public var years: [ForecastYear]
    /// Fallbacks and assumptions, for people.
    public var notes: [String]
}
