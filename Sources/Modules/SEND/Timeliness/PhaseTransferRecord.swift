public import CYPHubCore

/// One phase transfer review of an EHCP (for example primary to secondary school): the amended plan
/// naming the new setting must be issued by a fixed date (15 February of the year of transfer for a
/// school move, 31 March for a move into post-16 education).
public struct PhaseTransferRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// The plan's id.
    public var planId: String
    /// The transfer, in words (`primary_to_secondary`, `year_11_to_post_16`, ...).
    public var phase: String
    /// The statutory date the amended plan had to be issued by.
    public var transferDeadline: LocalDate
    /// The date the amended plan was issued; `nil` while not issued.
    public var amendedPlanIssued: LocalDate?
    /// Where the record comes from.
    public var source: SENDDataSource

    /// Creates a record.
    public init(
        authorityCode: String, planId: String, phase: String, transferDeadline: LocalDate,
        amendedPlanIssued: LocalDate?, source: SENDDataSource = .published
    ) {
        self.authorityCode = authorityCode
        self.planId = planId
        self.phase = phase
        self.transferDeadline = transferDeadline
        self.amendedPlanIssued = amendedPlanIssued
        self.source = source
    }
}
