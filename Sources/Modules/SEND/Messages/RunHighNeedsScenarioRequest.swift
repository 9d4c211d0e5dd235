/// Proto `RunHighNeedsScenarioRequest`: a plan's forecast under changed assumptions.
public struct RunHighNeedsScenarioRequest: Sendable, Hashable, Codable {
    /// ONS code.
    public var authority: String
    /// The plan's id; empty for the latest plan.
    public var planId: String
    /// Replacement growth rates.
    public var growthOverrides: [GrowthOverrideInput]
    /// Whether ``savingsDeliveryPercent`` is given (otherwise savings are delivered in full).
    public var hasSavingsDeliveryPercent: Bool
    /// The share of every workstream's savings delivered, % (0-200).
    public var savingsDeliveryPercent: Double
    /// Per-workstream delivery, overriding ``savingsDeliveryPercent``.
    public var workstreamDelivery: [WorkstreamDeliveryInput]

    /// Creates a request; `savingsDeliveryPercent: nil` means as planned (100%).
    public init(
        authority: String, planId: String = "", growthOverrides: [GrowthOverrideInput] = [],
        savingsDeliveryPercent: Double? = nil, workstreamDelivery: [WorkstreamDeliveryInput] = []
    ) {
        self.authority = authority
        self.planId = planId
        self.growthOverrides = growthOverrides
        self.hasSavingsDeliveryPercent = savingsDeliveryPercent != nil
        self.savingsDeliveryPercent = savingsDeliveryPercent ?? 0
        self.workstreamDelivery = workstreamDelivery
    }
}
