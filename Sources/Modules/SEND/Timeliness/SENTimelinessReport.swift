/// An authority's SEN statutory timeliness over a period: new plans against 20 weeks, and annual
/// reviews, amendments and phase transfers against their deadlines.
public struct SENTimelinessReport: Sendable, Hashable, Codable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// The period's first day, `YYYY-MM-DD`.
    public var periodStart: String
    /// The period's last day (inclusive).
    public var periodEnd: String
    /// New EHCPs issued in the period.
    public var newPlans: NewPlanTimeliness
    /// Annual reviews due in the period.
    public var annualReviews: DeadlineTimeliness
    /// Amendments whose 12-week deadline falls in the period.
    public var amendments: DeadlineTimeliness
    /// Phase transfers whose deadline falls in the period.
    public var phaseTransfers: DeadlineTimeliness
    /// Whether any record counted is synthetic demo data.
    public var hasSyntheticRecords: Bool
}
