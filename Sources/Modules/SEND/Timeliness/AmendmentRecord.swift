public import CYPHubCore

/// One amendment of an EHCP after an annual review.
public struct AmendmentRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// The plan's id.
    public var planId: String
    /// The date the amendment started (the annual review meeting that led to it).
    public var amendmentStarted: LocalDate
    /// The date the amended final plan was issued; `nil` while not issued.
    public var amendedPlanIssued: LocalDate?
    /// Where the record comes from.
    public var source: SENDDataSource

    /// Creates a record.
    public init(
        authorityCode: String, planId: String, amendmentStarted: LocalDate, amendedPlanIssued: LocalDate?,
        source: SENDDataSource = .published
    ) {
        self.authorityCode = authorityCode
        self.planId = planId
        self.amendmentStarted = amendmentStarted
        self.amendedPlanIssued = amendedPlanIssued
        self.source = source
    }

    /// The 12-week deadline: started + ``SENTimelinessRules/amendmentLimitDays``.
    public var deadline: LocalDate { amendmentStarted.adding(days: SENTimelinessRules.amendmentLimitDays) }
}
