public import CYPHubCore

/// One annual review of an EHCP: when it was due and when it was completed.
public struct AnnualReviewRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// The plan's id.
    public var planId: String
    /// The date the review had to be completed by (12 months after the plan or the last review).
    public var reviewDue: LocalDate
    /// The date the review was completed (the local authority's decision after the review meeting);
    /// `nil` while not completed.
    public var reviewCompleted: LocalDate?
    /// Where the record comes from.
    public var source: SENDDataSource

    /// Creates a record.
    public init(
        authorityCode: String, planId: String, reviewDue: LocalDate, reviewCompleted: LocalDate?,
        source: SENDDataSource = .published
    ) {
        self.authorityCode = authorityCode
        self.planId = planId
        self.reviewDue = reviewDue
        self.reviewCompleted = reviewCompleted
        self.source = source
    }
}
