/// Proto `HighNeedsPlanList`: the plans held for an authority, latest first year first.
public struct HighNeedsPlanList: Sendable, Hashable, Codable {
    /// The plans.
    public var plans: [HighNeedsPlanSummary]
}
