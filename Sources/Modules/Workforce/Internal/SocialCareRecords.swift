import CYPHubCore
import SocialCareModule

/// Reads the social care module's worker caseloads and supervision counts and hands them to that
/// module's own computations (``CaseloadAnalysis/compute(records:thresholds:)`` and
/// ``SupervisionCompliance``), so the workforce summary reports exactly the figures social care does.
///
/// The social care module does not (yet) expose a public read of its records, so this reads its tables
/// (`sc_worker_caseloads`, `sc_supervision`) directly; when it does, this file should call that instead.
/// When the tables are absent (the social care module is not enabled) there is nothing to report.
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
        guard try tablesExist(db) else { return nil }
        let earliest = censusDate.adding(days: -windowDays)
        let latest = try db.row(
            """
            SELECT MAX(snapshot_date) AS snapshot_date FROM (
                SELECT snapshot_date FROM sc_worker_caseloads WHERE authority = ?1
                UNION SELECT snapshot_date FROM sc_supervision WHERE authority = ?1
            ) WHERE snapshot_date BETWEEN ?2 AND ?3
            """,
            [.text(authority), .text(earliest.description), .text(censusDate.description)]
        )
        guard let date = latest?["snapshot_date"].stringValue else { return nil }
        return SocialCareWorkload(
            snapshotDate: date,
            supervision: try supervision(db, authority: authority, date: date),
            caseloads: CaseloadAnalysis.compute(
                records: try workers(db, authority: authority, date: date), thresholds: thresholds)
        )
    }

    private static func tablesExist(_ db: SQLConnection) throws -> Bool {
        let row = try db.row(
            """
            SELECT COUNT(*) AS tables FROM sqlite_master
            WHERE type = 'table' AND name IN ('sc_worker_caseloads', 'sc_supervision')
            """
        )
        return try row?.int("tables") == 2
    }

    private static func workers(_ db: SQLConnection, authority: String, date: String) throws -> [WorkerCaseload] {
        try db.rows(
            """
            SELECT worker_id, team_id, team_type, cases, families FROM sc_worker_caseloads
            WHERE authority = ? AND snapshot_date = ? ORDER BY team_id, worker_id
            """,
            [.text(authority), .text(date)]
        ).map { row in
            guard let teamType = TeamType(rawValue: try row.string("team_type")) else {
                throw StorageError.unexpectedValue(column: "team_type", row["team_type"])
            }
            return WorkerCaseload(
                workerId: try row.string("worker_id"), teamId: try row.string("team_id"), teamType: teamType,
                cases: try row.int("cases"), families: row["families"].intValue
            )
        }
    }

    private static func supervision(_ db: SQLConnection, authority: String, date: String) throws
        -> [SupervisionCompliance]
    {
        var byArea: [SupervisionArea: SupervisionCompliance] = [:]
        for row in try db.rows(
            """
            SELECT area, supervisions_due, supervisions_in_timescale FROM sc_supervision
            WHERE authority = ? AND snapshot_date = ?
            """,
            [.text(authority), .text(date)]
        ) {
            guard let area = SupervisionArea(rawValue: try row.string("area")) else {
                throw StorageError.unexpectedValue(column: "area", row["area"])
            }
            byArea[area] = SupervisionCompliance(
                area: area, supervisionsDue: try row.int("supervisions_due"),
                supervisionsInTimescale: try row.int("supervisions_in_timescale")
            )
        }
        return SupervisionArea.allCases.compactMap { byArea[$0] }
    }
}
