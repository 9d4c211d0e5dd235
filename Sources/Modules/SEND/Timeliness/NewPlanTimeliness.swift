/// How quickly new EHCPs issued in a period were issued, against the 20-week limit.
public struct NewPlanTimeliness: Sendable, Hashable, Codable {
    /// Final plans issued in the period (exceptions included).
    public var plansIssued: Int
    /// Of those, issued within 20 weeks (≤ 140 days).
    public var issuedWithin20Weeks: Int
    /// Of those, plans to which an exception applies.
    public var exceptionPlans: Int
    /// Plans issued in the period to which no exception applies.
    public var plansExcludingExceptions: Int
    /// Of those, issued within 20 weeks.
    public var issuedWithin20WeeksExcludingExceptions: Int
    /// Whether any plan was issued (so the % including exceptions is defined).
    public var hasPercentIncludingExceptions: Bool
    /// Issued within 20 weeks ÷ plans issued × 100.
    public var percentWithin20WeeksIncludingExceptions: Double
    /// Whether any non-exception plan was issued (so the % excluding exceptions is defined).
    public var hasPercentExcludingExceptions: Bool
    /// Non-exception plans issued within 20 weeks ÷ non-exception plans issued × 100: the DfE's headline.
    public var percentWithin20WeeksExcludingExceptions: Double
    /// The mean time from request to final plan of the plans issued, in weeks (days ÷ 7).
    public var averageWeeksToIssue: Double
    /// Requests received by the period end, not issued by then, and more than 140 days old at the period end.
    public var openOverdueAtPeriodEnd: Int
}
