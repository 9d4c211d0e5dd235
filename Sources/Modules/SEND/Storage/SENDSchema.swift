import CYPHubCore

/// The module's tables (all prefixed `send_`). Dates are `YYYY-MM-DD` text; financial years are
/// stored as their start year (2024 for 2024/25); money is £000 as REAL.
enum SENDSchema {
    static let migrations: [Migration] = [
        Migration(
            id: "001-create-tables",
            sql: """
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
                """
        )
    ]
}
