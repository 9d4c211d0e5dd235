/// The database a host built before the single migrator (commit 4281df4, `cyphub serve` with every
/// module enabled and no demo data) left in its data directory: `sqlite3 cyphub.sqlite .dump`, less the
/// dump's `PRAGMA`, `BEGIN`/`COMMIT` and `DELETE FROM sqlite_sequence` lines. Its `grdb_migrations` rows
/// are the ids the old code recorded, one GRDB migrator per namespace. Never regenerate it: it stands
/// for databases already deployed.
enum OldDatabaseFixture {
    /// The migration ids it records, in the order they were applied.
    static let migrationIDs = [
        "host/001-demo-data",
        "social-care/001-create-tables",
        "indicators/001-create-indicator-tables",
        "send/001-create-tables",
        "workforce/001-create-tables",
        "capital/001-create-tables",
        "sufficiency/001-create-tables",
    ]

    /// Migrations added since the dump: a new database applies them in their place, an old one after its own.
    static let addedSince = [
        "host/principals-001-tables", "host/002-audit-log", "host/003-snapshots", "host/004-snapshot-embargo",
        "host/005-snapshot-staging", "host/006-import-log",
    ]
    /// What the names of the tables, triggers and indexes they create contain (one of).
    static let addedTableNames = ["cyphub_principal", "audit_log", "snapshot_", "import_log"]

    /// The dump.
    static let sql = """
        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
        INSERT INTO grdb_migrations VALUES('host/001-demo-data');
        INSERT INTO grdb_migrations VALUES('social-care/001-create-tables');
        INSERT INTO grdb_migrations VALUES('indicators/001-create-indicator-tables');
        INSERT INTO grdb_migrations VALUES('send/001-create-tables');
        INSERT INTO grdb_migrations VALUES('workforce/001-create-tables');
        INSERT INTO grdb_migrations VALUES('capital/001-create-tables');
        INSERT INTO grdb_migrations VALUES('sufficiency/001-create-tables');
        CREATE TABLE cyphub_demo_data (module_id TEXT PRIMARY KEY, loaded_at TEXT NOT NULL);
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
        CREATE TABLE ind_authorities (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            region_code TEXT NOT NULL DEFAULT '',
            region_name TEXT NOT NULL DEFAULT '',
            synthetic INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE ind_definitions (
            id TEXT PRIMARY KEY,
            ordinal INTEGER NOT NULL,
            name TEXT NOT NULL,
            value_type TEXT NOT NULL,
            polarity TEXT NOT NULL,
            frequency TEXT NOT NULL,
            decimal_places INTEGER NOT NULL,
            target_comparator TEXT,
            target_value REAL,
            amber_tolerance REAL NOT NULL DEFAULT 0,
            amber_tolerance_kind TEXT NOT NULL DEFAULT 'absolute',
            comparison TEXT NOT NULL DEFAULT 'previous_period'
        );
        CREATE TABLE ind_observations (
            authority_code TEXT NOT NULL,
            indicator_id TEXT NOT NULL REFERENCES ind_definitions(id),
            period TEXT NOT NULL,
            value REAL NOT NULL,
            numerator REAL,
            denominator REAL,
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (authority_code, indicator_id, period)
        );
        CREATE TABLE ind_neighbour_sets (
            version TEXT NOT NULL,
            effective_date TEXT NOT NULL,
            authority_code TEXT NOT NULL,
            position INTEGER NOT NULL,
            neighbour_code TEXT NOT NULL,
            PRIMARY KEY (version, authority_code, position)
        );
        CREATE TABLE ind_comparators (
            indicator_id TEXT NOT NULL REFERENCES ind_definitions(id),
            period TEXT NOT NULL,
            area_type TEXT NOT NULL,
            area_code TEXT NOT NULL,
            area_name TEXT NOT NULL,
            value REAL NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (indicator_id, period, area_code)
        );
        CREATE TABLE send_caseload (
            authority_code TEXT NOT NULL, measure TEXT NOT NULL, as_at TEXT NOT NULL,
            period_label TEXT NOT NULL, age_band TEXT NOT NULL, setting_type TEXT NOT NULL,
            count INTEGER NOT NULL, source TEXT NOT NULL, note TEXT NOT NULL,
            PRIMARY KEY (authority_code, measure, as_at, age_band, setting_type));
        CREATE TABLE send_new_plans (
            authority_code TEXT NOT NULL, year INTEGER NOT NULL, count INTEGER NOT NULL,
            source TEXT NOT NULL, note TEXT NOT NULL,
            PRIMARY KEY (authority_code, year));
        CREATE TABLE send_assessments (
            authority_code TEXT NOT NULL, plan_id TEXT NOT NULL, request_received TEXT NOT NULL,
            final_plan_issued TEXT, is_exception INTEGER NOT NULL, exception_reason TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (authority_code, plan_id));
        CREATE TABLE send_annual_reviews (
            authority_code TEXT NOT NULL, plan_id TEXT NOT NULL, review_due TEXT NOT NULL,
            review_completed TEXT, source TEXT NOT NULL,
            PRIMARY KEY (authority_code, plan_id, review_due));
        CREATE TABLE send_amendments (
            authority_code TEXT NOT NULL, plan_id TEXT NOT NULL, amendment_started TEXT NOT NULL,
            amended_plan_issued TEXT, source TEXT NOT NULL,
            PRIMARY KEY (authority_code, plan_id, amendment_started));
        CREATE TABLE send_phase_transfers (
            authority_code TEXT NOT NULL, plan_id TEXT NOT NULL, phase TEXT NOT NULL,
            transfer_deadline TEXT NOT NULL, amended_plan_issued TEXT, source TEXT NOT NULL,
            PRIMARY KEY (authority_code, plan_id, transfer_deadline));
        CREATE TABLE send_hn_plans (
            authority_code TEXT NOT NULL, plan_id TEXT NOT NULL, title TEXT NOT NULL,
            first_year INTEGER NOT NULL, year_count INTEGER NOT NULL, opening_deficit REAL NOT NULL,
            source TEXT NOT NULL, loaded_seq INTEGER NOT NULL,
            PRIMARY KEY (authority_code, plan_id));
        CREATE TABLE send_hn_lines (
            authority_code TEXT NOT NULL, plan_id TEXT NOT NULL, line TEXT NOT NULL,
            workstream TEXT NOT NULL, position INTEGER NOT NULL, year INTEGER NOT NULL,
            amount REAL NOT NULL, growth_percent REAL,
            PRIMARY KEY (authority_code, plan_id, line, workstream, year));
        CREATE TABLE send_hn_savings_detail (
            authority_code TEXT NOT NULL, plan_id TEXT NOT NULL, workstream TEXT NOT NULL,
            line_name TEXT NOT NULL, position INTEGER NOT NULL, year INTEGER NOT NULL,
            amount REAL NOT NULL,
            PRIMARY KEY (authority_code, plan_id, workstream, line_name, year));
        CREATE TABLE wf_establishment (
            authority TEXT NOT NULL,
            as_at TEXT NOT NULL,
            position INTEGER NOT NULL,
            division TEXT NOT NULL,
            service TEXT NOT NULL,
            headcount INTEGER NOT NULL CHECK (headcount >= 0),
            fte REAL CHECK (fte IS NULL OR fte >= 0),
            source TEXT NOT NULL,
            PRIMARY KEY (authority, as_at, division, service)
        );
        CREATE TABLE wf_staff_return (
            authority TEXT NOT NULL,
            as_at TEXT NOT NULL,
            position INTEGER NOT NULL,
            team TEXT NOT NULL,
            employed_fte REAL NOT NULL CHECK (employed_fte >= 0),
            employed_headcount INTEGER NOT NULL CHECK (employed_headcount >= 0),
            agency_fte REAL NOT NULL CHECK (agency_fte >= 0),
            agency_headcount INTEGER NOT NULL CHECK (agency_headcount >= 0),
            vacancy_fte REAL NOT NULL CHECK (vacancy_fte >= 0),
            leaver_fte REAL NOT NULL CHECK (leaver_fte >= 0),
            case_holder_fte REAL NOT NULL CHECK (case_holder_fte >= 0),
            cases INTEGER NOT NULL CHECK (cases >= 0),
            source TEXT NOT NULL,
            PRIMARY KEY (authority, as_at, team)
        );
        CREATE TABLE wf_pay_rate (
            authority TEXT NOT NULL,
            as_at TEXT NOT NULL,
            employment_type TEXT NOT NULL CHECK (employment_type IN ('employed', 'agency')),
            monthly_cost REAL NOT NULL CHECK (monthly_cost > 0),
            source TEXT NOT NULL,
            PRIMARY KEY (authority, as_at, employment_type)
        );
        CREATE TABLE cap_version (
            authority TEXT NOT NULL,
            version TEXT NOT NULL,
            label TEXT NOT NULL,
            first_year TEXT NOT NULL,
            last_year TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (authority, version)
        );
        CREATE TABLE cap_project (
            authority TEXT NOT NULL,
            version TEXT NOT NULL,
            position INTEGER NOT NULL,
            project_id TEXT NOT NULL,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            category_title TEXT NOT NULL,
            category_group TEXT NOT NULL,
            gross_cost INTEGER NOT NULL CHECK (gross_cost >= 0),
            spent_before INTEGER NOT NULL CHECK (spent_before >= 0),
            estimated_completion TEXT NOT NULL,
            places INTEGER CHECK (places IS NULL OR places > 0),
            planning_area TEXT,
            phase TEXT CHECK (phase IS NULL OR phase IN ('primary', 'secondary', 'specialist')),
            opening_year TEXT,
            note TEXT NOT NULL,
            PRIMARY KEY (authority, version, project_id),
            FOREIGN KEY (authority, version) REFERENCES cap_version (authority, version)
        );
        CREATE TABLE cap_spend (
            authority TEXT NOT NULL,
            version TEXT NOT NULL,
            project_id TEXT NOT NULL,
            year TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount >= 0),
            PRIMARY KEY (authority, version, project_id, year),
            FOREIGN KEY (authority, version, project_id) REFERENCES cap_project (authority, version, project_id)
        );
        CREATE TABLE cap_funding (
            authority TEXT NOT NULL,
            version TEXT NOT NULL,
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            kind TEXT NOT NULL
                CHECK (kind IN ('grant', 'external_contribution', 'capital_receipt', 'reserve', 'council')),
            year TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount >= 0 OR kind = 'reserve'),
            project_id TEXT,
            PRIMARY KEY (authority, version, position),
            FOREIGN KEY (authority, version) REFERENCES cap_version (authority, version)
        );
        CREATE TABLE suf_planning_areas (
            authority TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, phase TEXT NOT NULL,
            secondary_area TEXT NOT NULL,
            PRIMARY KEY (authority, code));
        CREATE TABLE suf_schools (
            authority TEXT NOT NULL, urn TEXT NOT NULL, phase TEXT NOT NULL, name TEXT NOT NULL,
            planning_area TEXT NOT NULL, net_capacity INTEGER NOT NULL, opening_year INTEGER,
            closing_year INTEGER, sixth_form INTEGER NOT NULL, provision TEXT NOT NULL,
            primary_places INTEGER NOT NULL, secondary_places INTEGER NOT NULL,
            PRIMARY KEY (authority, urn, phase));
        CREATE TABLE suf_nor (
            authority TEXT NOT NULL, urn TEXT NOT NULL, academic_year INTEGER NOT NULL,
            year_group INTEGER NOT NULL, pupils INTEGER NOT NULL,
            PRIMARY KEY (authority, urn, academic_year, year_group));
        CREATE TABLE suf_births (
            authority TEXT NOT NULL, planning_area TEXT NOT NULL, year INTEGER NOT NULL,
            births INTEGER NOT NULL, source TEXT NOT NULL,
            PRIMARY KEY (authority, planning_area, year));
        CREATE TABLE suf_housing (
            authority TEXT NOT NULL, planning_area TEXT NOT NULL, academic_year INTEGER NOT NULL,
            site TEXT NOT NULL, dwellings INTEGER NOT NULL,
            PRIMARY KEY (authority, planning_area, academic_year, site));
        CREATE TABLE suf_yields (
            authority TEXT NOT NULL, phase TEXT NOT NULL, yield_per_dwelling REAL NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (authority, phase));
        CREATE TABLE suf_place_changes (
            authority TEXT NOT NULL, planning_area TEXT NOT NULL, academic_year INTEGER NOT NULL,
            reference TEXT NOT NULL, places INTEGER NOT NULL, note TEXT NOT NULL,
            PRIMARY KEY (authority, planning_area, academic_year, reference));
        CREATE TABLE suf_imports (
            id INTEGER PRIMARY KEY AUTOINCREMENT, authority TEXT NOT NULL, dataset TEXT NOT NULL,
            file_name TEXT NOT NULL, rows INTEGER NOT NULL, imported_at TEXT NOT NULL);
        CREATE TABLE suf_forecasts (
            id INTEGER PRIMARY KEY AUTOINCREMENT, authority TEXT NOT NULL, base_year INTEGER NOT NULL,
            created_at TEXT NOT NULL, survival_years INTEGER NOT NULL, method TEXT NOT NULL);
        CREATE TABLE suf_forecast_values (
            forecast_id INTEGER NOT NULL REFERENCES suf_forecasts (id), planning_area TEXT NOT NULL,
            phase TEXT NOT NULL, academic_year INTEGER NOT NULL, year_group INTEGER NOT NULL,
            pupils REAL NOT NULL,
            PRIMARY KEY (forecast_id, planning_area, academic_year, year_group));
        CREATE TABLE suf_forecast_ratios (
            forecast_id INTEGER NOT NULL REFERENCES suf_forecasts (id), planning_area TEXT NOT NULL,
            transition TEXT NOT NULL, ratio REAL NOT NULL, basis TEXT NOT NULL,
            PRIMARY KEY (forecast_id, planning_area, transition));
        CREATE INDEX ind_observations_by_indicator ON ind_observations (indicator_id, period);
        CREATE INDEX suf_imports_by_authority ON suf_imports (authority, dataset, id);
        CREATE INDEX suf_forecasts_by_authority ON suf_forecasts (authority, base_year, id);
        """
}
