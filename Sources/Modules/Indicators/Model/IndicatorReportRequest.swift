/// Proto `IndicatorReportRequest`: one authority's performance report.
public struct IndicatorReportRequest: Codable, Sendable, Equatable {
    /// ONS code, e.g. `E10000018` (Leicestershire).
    public var authority: String
    /// A period code or label; each indicator shows its latest observation ending on or before it.
    /// Empty for each indicator's latest.
    public var period: String
    /// The neighbour-set version; empty for the latest effective one.
    public var neighbourSetVersion: String
    /// How indicators without a local target are rated.
    public var noTargetRule: NoTargetRuleChoice

    /// Creates a request.
    public init(
        authority: String, period: String = "", neighbourSetVersion: String = "",
        noTargetRule: NoTargetRuleChoice = .moduleDefault
    ) {
        self.authority = authority
        self.period = period
        self.neighbourSetVersion = neighbourSetVersion
        self.noTargetRule = noTargetRule
    }
}
