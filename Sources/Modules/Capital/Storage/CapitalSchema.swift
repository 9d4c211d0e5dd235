import CYPHubCore

/// The capital module's tables (prefix `cap_`). Every table is keyed by authority and version, so an
/// import adds or replaces one whole version and leaves the others as they were.
enum CapitalSchema {
    /// The migrations, in order.
    static let migrations: [Migration] = [
        Migration(
            id: "001-create-tables",
            sql: """
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
                """
        )
    ]
}
