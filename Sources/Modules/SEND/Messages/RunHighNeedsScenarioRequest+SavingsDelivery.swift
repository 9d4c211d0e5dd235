extension RunHighNeedsScenarioRequest {
    /// Creates a request; `savingsDelivery: nil` means as planned (100%), and sets
    /// ``hasSavingsDeliveryPercent`` to match, so the two fields cannot disagree.
    public init(
        authority: String, planId: String = "", growthOverrides: [GrowthOverrideInput] = [], savingsDelivery: Double?,
        workstreamDelivery: [WorkstreamDeliveryInput] = []
    ) {
        self.init(authority: authority, planId: planId, growthOverrides: growthOverrides, workstreamDelivery: workstreamDelivery)
        self.savingsDelivery = savingsDelivery
    }

    /// The share of every workstream's savings delivered, %, when given (``hasSavingsDeliveryPercent``);
    /// `nil` means as planned. Setting it sets both proto fields.
    public var savingsDelivery: Double? {
        get { hasSavingsDeliveryPercent ? savingsDeliveryPercent : nil }
        set {
            hasSavingsDeliveryPercent = newValue != nil
            savingsDeliveryPercent = newValue ?? 0
        }
    }
}
