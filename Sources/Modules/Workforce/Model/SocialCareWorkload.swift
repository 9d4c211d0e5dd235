public import SocialCareModule

/// Proto `cyphub.workforce.v1.SocialCareWorkload`: supervision compliance and caseloads over threshold as
/// the social care module computes them (``CaseloadAnalysis``, ``SupervisionCompliance``), from its own
/// worker records and supervision counts on one snapshot date. The workforce module computes neither.
public struct SocialCareWorkload: Codable, Sendable, Equatable {
    /// The social care snapshot used, `YYYY-MM-DD`: the latest with records on or before the census date
    /// and no more than 91 days before it.
    public var snapshotDate: String
    /// Supervision compliance per area (empty when the snapshot has no supervision counts).
    public var supervision: [SupervisionCompliance]
    /// Caseloads per team type and basis with their thresholds (empty when the snapshot has no worker records).
    public var caseloads: [CaseloadSummary]

    /// Creates the section.
    public init(snapshotDate: String, supervision: [SupervisionCompliance], caseloads: [CaseloadSummary]) {
        self.snapshotDate = snapshotDate
        self.supervision = supervision
        self.caseloads = caseloads
    }
}
