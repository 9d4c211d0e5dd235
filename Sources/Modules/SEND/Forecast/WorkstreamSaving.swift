/// One savings workstream's figure in one forecast year (£000, negative = a saving).
public struct WorkstreamSaving: Sendable, Hashable, Codable {
    /// The workstream's name.
    public var workstream: String
    /// The savings counted in the forecast: planned × delivery %.
    public var amount: Double
    /// The savings in the plan.
    public var plannedAmount: Double
    /// The share of the planned savings delivered, in % (100 in the base forecast).
    public var deliveryPercent: Double
}
