import CYPHubCore

/// The workforce module's tables (prefix `wf_`). Every table is keyed by authority and date, so an
/// import replaces whole authority-and-date periods.
enum WorkforceSchema {
    /// The migrations, in order.
    static let migrations: [Migration] = [
        Migration(
            id: "001-create-tables",
            sql: """
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
                """
        )
    ]
}
