import CYPHubCore
import SocialCareModule

/// Reads the social care module's worker caseloads and supervision counts and hands them to that
/// module's own computations (``CaseloadAnalysis/compute(records:thresholds:)`` and
/// ``SupervisionCompliance``), so the workforce summary reports exactly the figures social care does.
///
/// The records are read through ``SocialCareReader``, social care's own public read API. When its tables
/// are absent (the social care module is not enabled) there is nothing to report.
enum SocialCareRecords {
    /// How far before the census date a snapshot may be: social care's own quarter, 91 days (13 weeks).
    static let windowDays = ComparisonBasis.windowDays

    /// The social care figures for `authority` on the latest snapshot with records in the window ending
    /// on `censusDate`, or `nil` when there is none.
    static func workload(
        _ db: SQLConnection,
        authority: String,
        censusDate: LocalDate,
        thresholds: CaseloadThresholds
    ) throws -> SocialCareWorkload? {
        guard try SocialCareReader.isInstalled(db),
            let date = try SocialCareReader.latestRecordsDate(
                db, authority: authority, from: censusDate.adding(days: -windowDays), through: censusDate)
        else { return nil }
        return SocialCareWorkload(
            snapshotDate: date.description,
            supervision: try SocialCareReader.supervision(db, authority: authority, date: date),
            caseloads: CaseloadAnalysis.compute(
                records: try SocialCareReader.workers(db, authority: authority, date: date), thresholds: thresholds)
        )
    }
}
