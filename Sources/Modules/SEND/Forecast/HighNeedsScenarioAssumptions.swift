/// What a scenario changes in a High Needs plan: growth rates and how much of the planned savings is
/// delivered. ``asPlanned`` changes nothing.
public struct HighNeedsScenarioAssumptions: Sendable, Hashable {
    /// Replacement growth rates, at most one per line or workstream.
    public var growthOverrides: [HighNeedsGrowthOverride]
    /// The share of every workstream's planned savings that is delivered, in % (100 = as planned).
    public var savingsDeliveryPercent: Double
    /// Per-workstream delivery %, by workstream name; takes precedence over ``savingsDeliveryPercent``.
    public var workstreamDeliveryPercent: [String: Double]

    /// The range a delivery % must fall in: none of the savings up to twice the plan.
    public static let deliveryRange: ClosedRange<Double> = 0...200

    /// Creates assumptions.
    public init(
        growthOverrides: [HighNeedsGrowthOverride] = [], savingsDeliveryPercent: Double = 100,
        workstreamDeliveryPercent: [String: Double] = [:]
    ) {
        self.growthOverrides = growthOverrides
        self.savingsDeliveryPercent = savingsDeliveryPercent
        self.workstreamDeliveryPercent = workstreamDeliveryPercent
    }

    /// The plan as it stands.
    public static let asPlanned = HighNeedsScenarioAssumptions()

    /// The delivery % that applies to the workstream called `name`.
    public func deliveryPercent(for name: String) -> Double {
        workstreamDeliveryPercent[name] ?? savingsDeliveryPercent
    }
}
