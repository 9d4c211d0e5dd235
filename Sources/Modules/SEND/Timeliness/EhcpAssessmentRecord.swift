public import CYPHubCore

/// One request for an EHC needs assessment that led (or may lead) to a new EHCP: the plan-level record
/// the 20-week timeliness measure is computed from.
public struct EhcpAssessmentRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// The plan's (or request's) id, unique within the authority.
    public var planId: String
    /// The date the local authority received the request for assessment (the clock starts).
    public var requestReceived: LocalDate
    /// The date the final EHCP was issued (the clock stops); `nil` while not yet issued.
    public var finalPlanIssued: LocalDate?
    /// Whether one of the exceptions to the 20-week limit in the SEND Regulations 2014 (regulation
    /// 13(3): for example a school holiday, exceptional personal circumstances, the child or parent away
    /// from the area for four weeks or more, a missed appointment) applies.
    public var isException: Bool
    /// Which exception, in words (may be empty).
    public var exceptionReason: String
    /// Where the record comes from.
    public var source: SENDDataSource

    /// Creates a record.
    public init(
        authorityCode: String, planId: String, requestReceived: LocalDate, finalPlanIssued: LocalDate?,
        isException: Bool = false, exceptionReason: String = "", source: SENDDataSource = .published
    ) {
        self.authorityCode = authorityCode
        self.planId = planId
        self.requestReceived = requestReceived
        self.finalPlanIssued = finalPlanIssued
        self.isException = isException
        self.exceptionReason = exceptionReason
        self.source = source
    }

    /// Calendar days from request to final plan, when issued.
    public var daysToIssue: Int? { finalPlanIssued.map { $0.days(since: requestReceived) } }

    /// Whether the final plan was issued within 20 weeks: at most
    /// ``SENTimelinessRules/newPlanLimitDays`` (140) calendar days after the request was received.
    public var issuedWithin20Weeks: Bool { daysToIssue.map { $0 <= SENTimelinessRules.newPlanLimitDays } ?? false }
}
