/// Proto `HighNeedsPlanSummary`: one High Needs plan held, without its figures.
public struct HighNeedsPlanSummary: Sendable, Hashable, Codable {
    /// ONS code.
    public var authorityCode: String
    /// The plan's id.
    public var planId: String
    /// The plan's title.
    public var title: String
    /// The first financial year, `2024/25`.
    public var firstYear: String
    /// How many years it covers.
    public var yearCount: Int
    /// The cumulative deficit brought forward into the first year (£000).
    public var openingDeficit: Double
    /// Where its figures come from.
    public var source: String
    /// Its savings workstreams, in plan order.
    public var workstreams: [String]
    /// Whether a forecast with no plan id picks this plan.
    public var isLatest: Bool
}
