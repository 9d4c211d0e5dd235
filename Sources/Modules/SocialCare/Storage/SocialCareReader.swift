public import CYPHubCore

/// Read access to social care's stored records for modules that reuse its figures (the workforce
/// module reports caseloads and supervision through ``CaseloadAnalysis`` and ``SupervisionCompliance``
/// rather than computing them again). Call it inside a `Storage.read` closure.
public enum SocialCareReader {
    /// Whether this database holds social care's tables (its migrations have run).
    public static func isInstalled(_ db: SQLConnection) throws -> Bool {
        let row = try db.row(
            """
            SELECT COUNT(*) AS tables FROM sqlite_master
            WHERE type = 'table' AND name IN ('sc_worker_caseloads', 'sc_supervision')
            """
        )
        return try row?.int("tables") == 2
    }

    /// The latest date from `earliest` through `latest` with worker caseloads or supervision counts held.
    public static func latestRecordsDate(
        _ db: SQLConnection,
        authority: String,
        from earliest: LocalDate,
        through latest: LocalDate
    ) throws -> LocalDate? {
        let row = try db.row(
            """
            SELECT MAX(snapshot_date) AS snapshot_date FROM (
                SELECT snapshot_date FROM sc_worker_caseloads WHERE authority = ?1
                UNION SELECT snapshot_date FROM sc_supervision WHERE authority = ?1
            ) WHERE snapshot_date BETWEEN ?2 AND ?3
            """,
            [.text(authority), .text(earliest.description), .text(latest.description)]
        )
        return row?["snapshot_date"].stringValue.flatMap(LocalDate.init(parsing:))
    }

    /// The worker-level caseload records held for `authority` on `date`.
    public static func workers(_ db: SQLConnection, authority: String, date: LocalDate) throws -> [WorkerCaseload] {
        try SocialCareStore.workers(db, authority: authority, date: date)
    }

    /// Supervision compliance per area held for `authority` on `date`.
    public static func supervision(_ db: SQLConnection, authority: String, date: LocalDate) throws -> [SupervisionCompliance] {
        try SocialCareStore.supervision(db, authority: authority, date: date)
    }
}
