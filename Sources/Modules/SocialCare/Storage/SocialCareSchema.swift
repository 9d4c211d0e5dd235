import CYPHubCore

/// The module's tables. Dates are stored as `YYYY-MM-DD` text, which sorts as dates do.
enum SocialCareSchema {
    static let migrations: [Migration] = [
        Migration(
            id: "001-create-tables",
            sql: """
                CREATE TABLE sc_demand_snapshots (
                    authority TEXT NOT NULL,
                    snapshot_date TEXT NOT NULL,
                    population INTEGER NOT NULL,
                    children_aged_0_to_17 INTEGER NOT NULL,
                    ehcps_aged_0_to_25 INTEGER NOT NULL,
                    child_protection_plans INTEGER NOT NULL,
                    children_looked_after INTEGER NOT NULL,
                    children_in_need INTEGER NOT NULL,
                    early_help_assessments_opened_in_week INTEGER NOT NULL,
                    lado_cases_open INTEGER NOT NULL,
                    cass_in_care_s20 INTEGER NOT NULL,
                    cass_care_leavers INTEGER NOT NULL,
                    source_file TEXT NOT NULL,
                    source_line INTEGER NOT NULL,
                    PRIMARY KEY (authority, snapshot_date)
                );
                CREATE TABLE sc_worker_caseloads (
                    authority TEXT NOT NULL,
                    snapshot_date TEXT NOT NULL,
                    worker_id TEXT NOT NULL,
                    team_id TEXT NOT NULL,
                    team_type TEXT NOT NULL,
                    cases INTEGER NOT NULL,
                    families INTEGER,
                    source_file TEXT NOT NULL,
                    source_line INTEGER NOT NULL,
                    PRIMARY KEY (authority, snapshot_date, worker_id)
                );
                CREATE TABLE sc_supervision (
                    authority TEXT NOT NULL,
                    snapshot_date TEXT NOT NULL,
                    area TEXT NOT NULL,
                    supervisions_due INTEGER NOT NULL,
                    supervisions_in_timescale INTEGER NOT NULL,
                    source_file TEXT NOT NULL,
                    source_line INTEGER NOT NULL,
                    PRIMARY KEY (authority, snapshot_date, area)
                );
                """
        )
    ]

    /// The table each dataset is stored in.
    static func table(for dataset: Dataset) -> String? {
        switch dataset {
        case .demandSnapshot: "sc_demand_snapshots"
        case .workerCaseloads: "sc_worker_caseloads"
        case .supervision: "sc_supervision"
        case .unspecified: nil
        }
    }
}
