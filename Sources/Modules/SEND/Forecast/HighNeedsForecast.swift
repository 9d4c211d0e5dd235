/// A High Needs Block forecast, year by year, computed from a ``HighNeedsPlan`` under some
/// ``HighNeedsScenarioAssumptions`` (the plan as it stands for the base forecast).
public struct HighNeedsForecast: Sendable, Hashable, Codable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// The plan's id.
    public var planId: String
    /// The plan's title.
    public var title: String
    /// Where the plan's figures come from.
    public var source: String
    /// The first financial year, `2024/25`.
    public var firstYear: String
    /// The cumulative deficit brought forward into the first year (£000).
    public var openingDeficit: Double
    /// The savings delivery % applied to every workstream without its own (100 = as planned).
    public var savingsDeliveryPercent: Double
    /// The years, in order.
    public var years: [HighNeedsForecastYear]
    /// Each workstream's breakdown reconciled with its figures (only workstreams that have one).
    public var breakdowns: [SavingsBreakdown]
}
