import CYPHubCore

/// The module's tables (all prefixed `suf_`). Academic years are stored as their start year (2023 for
/// 2023/24); year groups as 0 (Reception) to 13.
enum SufficiencySchema {
    static let migrations: [Migration] = [
        Migration(
            id: "001-create-tables",
            sql: """
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
                CREATE INDEX suf_imports_by_authority ON suf_imports (authority, dataset, id);
                CREATE TABLE suf_forecasts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, authority TEXT NOT NULL, base_year INTEGER NOT NULL,
                    created_at TEXT NOT NULL, survival_years INTEGER NOT NULL, method TEXT NOT NULL);
                CREATE INDEX suf_forecasts_by_authority ON suf_forecasts (authority, base_year, id);
                CREATE TABLE suf_forecast_values (
                    forecast_id INTEGER NOT NULL REFERENCES suf_forecasts (id), planning_area TEXT NOT NULL,
                    phase TEXT NOT NULL, academic_year INTEGER NOT NULL, year_group INTEGER NOT NULL,
                    pupils REAL NOT NULL,
                    PRIMARY KEY (forecast_id, planning_area, academic_year, year_group));
                CREATE TABLE suf_forecast_ratios (
                    forecast_id INTEGER NOT NULL REFERENCES suf_forecasts (id), planning_area TEXT NOT NULL,
                    transition TEXT NOT NULL, ratio REAL NOT NULL, basis TEXT NOT NULL,
                    PRIMARY KEY (forecast_id, planning_area, transition));
                """
        )
    ]
}
