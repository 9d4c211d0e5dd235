/// An authority's EHCP and SEN Support picture: caseload snapshots over time and new plans per year.
public struct EhcpSummary: Sendable, Hashable, Codable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// EHCP snapshots, oldest first.
    public var ehcp: [EhcpCaseloadSnapshot]
    /// SEN Support snapshots, oldest first.
    public var senSupport: [EhcpCaseloadSnapshot]
    /// New plans issued per calendar year, oldest first.
    public var newPlans: [NewPlansYear]
    /// Whether anything in the summary is synthetic demo data.
    public var hasSyntheticData: Bool
}
