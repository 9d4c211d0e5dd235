import CYPHubCore

/// Reads the module's tables. Every method runs inside one `Storage.read` closure, so the figures of
/// one answer come from one consistent state of the database.
enum SocialCareStore {
    /// The demand counts of one snapshot, if held.
    static func demand(_ db: SQLConnection, authority: String, date: LocalDate) throws -> DemandFigures? {
        guard
            let row = try db.row(
                "SELECT * FROM sc_demand_snapshots WHERE authority = ? AND snapshot_date = ?",
                [.text(authority), .text(date.description)]
            )
        else { return nil }
        return DemandFigures(
            population: try row.int("population"),
            childrenAged0To17: try row.int("children_aged_0_to_17"),
            ehcpsAged0To25: try row.int("ehcps_aged_0_to_25"),
            childProtectionPlans: try row.int("child_protection_plans"),
            childrenLookedAfter: try row.int("children_looked_after"),
            childrenInNeed: try row.int("children_in_need"),
            earlyHelpAssessmentsOpenedInWeek: try row.int("early_help_assessments_opened_in_week"),
            ladoCasesOpen: try row.int("lado_cases_open"),
            cassInCareSection20: try row.int("cass_in_care_s20"),
            cassCareLeavers: try row.int("cass_care_leavers")
        )
    }

    /// The dates with a demand snapshot for an authority, oldest first.
    static func demandDates(_ db: SQLConnection, authority: String) throws -> [LocalDate] {
        try dates(db, table: "sc_demand_snapshots", authority: authority)
    }

    /// The dates with worker records for an authority, oldest first.
    static func workerDates(_ db: SQLConnection, authority: String) throws -> [LocalDate] {
        try dates(db, table: "sc_worker_caseloads", authority: authority)
    }

    private static func dates(_ db: SQLConnection, table: String, authority: String) throws -> [LocalDate] {
        try db.rows(
            "SELECT DISTINCT snapshot_date FROM \(table) WHERE authority = ? ORDER BY snapshot_date",
            [.text(authority)]
        )
        .compactMap { LocalDate(parsing: try $0.string("snapshot_date")) }
    }

    /// The worker records of one snapshot, ordered by team type (table order), team and worker. Only the columns
    /// a record needs are read: a snapshot may hold tens of thousands of workers (`GetCaseloads` with
    /// `include_workers`).
    static func workers(_ db: SQLConnection, authority: String, date: LocalDate) throws -> [WorkerCaseload] {
        let rows = try db.fetchAll(
            WorkerCaseloadRow.self,
            """
            SELECT \(WorkerCaseloadRow.columns) FROM sc_worker_caseloads
            WHERE authority = ? AND snapshot_date = ? ORDER BY team_id, worker_id
            """,
            [.text(authority), .text(date.description)]
        )
        // Group by team type in table order, keeping team and worker order within each.
        var byTeamType: [TeamType: [WorkerCaseload]] = [:]
        for row in rows { byTeamType[row.caseload.teamType, default: []].append(row.caseload) }
        return TeamType.allCases.flatMap { byTeamType[$0] ?? [] }
    }

    /// Up to `limit` worker records of one snapshot whose ids come after `after` (from the first when nil), by worker id:
    /// a page of the records snapshot.
    static func workers(
        _ db: SQLConnection, authority: String, date: LocalDate, after: String?, limit: Int
    ) throws -> [WorkerCaseload] {
        let condition = after == nil ? "" : " AND worker_id > ?"
        return try db.fetchAll(
            WorkerCaseloadRow.self,
            """
            SELECT \(WorkerCaseloadRow.columns) FROM sc_worker_caseloads
            WHERE authority = ? AND snapshot_date = ?\(condition) ORDER BY worker_id LIMIT ?
            """,
            [.text(authority), .text(date.description)] + (after.map { [SQLValue.text($0)] } ?? []) + [.int(limit)]
        ).map(\.caseload)
    }

    /// The supervision counts of one snapshot, in area order.
    static func supervision(_ db: SQLConnection, authority: String, date: LocalDate) throws -> [SupervisionCompliance] {
        let rows = try db.rows(
            "SELECT * FROM sc_supervision WHERE authority = ? AND snapshot_date = ?",
            [.text(authority), .text(date.description)]
        )
        var byArea: [SupervisionArea: SupervisionCompliance] = [:]
        for row in rows {
            guard let area = SupervisionArea(rawValue: try row.string("area")) else {
                throw StorageError.unexpectedValue(column: "area", row["area"])
            }
            byArea[area] = SupervisionCompliance(
                area: area,
                supervisionsDue: try row.int("supervisions_due"),
                supervisionsInTimescale: try row.int("supervisions_in_timescale")
            )
        }
        return SupervisionArea.allCases.compactMap { byArea[$0] }
    }

    /// Every date held for an authority in any dataset, oldest first, with what each has.
    static func snapshotDates(_ db: SQLConnection, authority: String) throws -> [SnapshotDate] {
        let rows = try db.rows(
            """
            SELECT snapshot_date, SUM(demand) AS demand, SUM(workers) AS workers, SUM(areas) AS areas FROM (
                SELECT snapshot_date, 1 AS demand, 0 AS workers, 0 AS areas
                    FROM sc_demand_snapshots WHERE authority = ?1
                UNION ALL
                SELECT snapshot_date, 0, COUNT(*), 0
                    FROM sc_worker_caseloads WHERE authority = ?1 GROUP BY snapshot_date
                UNION ALL
                SELECT snapshot_date, 0, 0, COUNT(*)
                    FROM sc_supervision WHERE authority = ?1 GROUP BY snapshot_date
            ) GROUP BY snapshot_date ORDER BY snapshot_date
            """,
            [.text(authority)]
        )
        return try rows.map { row in
            SnapshotDate(
                date: try row.string("snapshot_date"),
                hasDemand: try row.int("demand") > 0,
                workerCount: try row.int("workers"),
                supervisionAreas: try row.int("areas")
            )
        }
    }
}
