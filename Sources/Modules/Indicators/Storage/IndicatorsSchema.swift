import CYPHubCore

/// The module's tables (prefix `ind_`), created by its migrations.
enum IndicatorsSchema {
    /// The migrations, in order. Never edit an applied one; add a new one.
    static let migrations: [Migration] = [
        Migration(
            id: "001-create-indicator-tables",
            sql: """
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
                CREATE INDEX ind_observations_by_indicator ON ind_observations (indicator_id, period);
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
                """)
    ]
}
