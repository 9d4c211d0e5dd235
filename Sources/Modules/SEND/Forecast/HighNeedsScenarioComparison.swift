/// One measure in one year of a scenario, against the base forecast.
public struct HighNeedsScenarioComparison: Sendable, Hashable, Codable {
    /// The financial year, `2024/25`.
    public var year: String
    /// The measure's key: the ``HighNeedsForecastYear`` property name in snake case
    /// (`total_expenditure`, `total_savings`, `annual_funding_gap`, `deficit_carried_forward`,
    /// `dsg_surplus_deficit`, `high_needs_spend_percent_of_grant`, `deficit_percent_of_total_dsg`).
    public var measure: String
    /// The base forecast's figure (£000, or % for the two percentages); proto `base_value`, as
    /// protobuf-c reserves `base`.
    public var baseValue: Double
    /// The scenario's figure.
    public var scenario: Double
    /// Scenario − base (£000, or percentage points).
    public var difference: Double
}
