import CYPHubCore
import CapitalModule
import Foundation

/// Reads and writes the sufficiency tables. Every function runs inside a `storage.read` or `storage.write`.
enum SufficiencyStore {
    // MARK: Writing

    /// Checks a file's rows against what is held (and, for planning areas, against each other), then stores them,
    /// replacing rows with the same keys. Throws an ``ImportError`` naming file, line and column for any reference that
    /// does not resolve; the caller's transaction then stores nothing.
    static func store(
        _ rows: [(line: Int, parsed: SufficiencyRows.Parsed)], _ dataset: SufficiencyDataset, fileName: String,
        in db: SQLConnection
    ) throws -> ImportResult {
        let definition = SufficiencyRows.of(dataset)
        if dataset == .planningAreas {
            try checkFeeds(
                rows.compactMap { row in (row.parsed.record as? PlanningArea).map { (row.line, $0) } }, fileName: fileName, db: db)
        }
        let issues = try definition.problems(rows, fileName: fileName, in: db)
        if !issues.isEmpty { throw ImportError(issues: issues) }
        return try replace(
            dataset, fileName: fileName, rows: rows.count, authorities: distinct(rows.map(\.parsed.authority)), in: db
        ) {
            try db.executeMany(definition.insert, rows: rows.map(\.parsed.values))
        }
    }

    /// Stores the rows a streamed import staged (each checked against what was held as it was staged), in file order;
    /// a planning areas file's secondary areas are checked here, against the whole file.
    static func store(staged: StreamedImport.Staged, _ dataset: SufficiencyDataset, in db: SQLConnection) throws -> ImportResult {
        let definition = SufficiencyRows.of(dataset)
        let columns = definition.columns.joined(separator: ", ")
        if dataset == .planningAreas {
            let areas = try db.rows("SELECT \(columns), \(staged.lineColumn) AS line FROM \(staged.table) ORDER BY line").map { row in
                (
                    line: try row.int("line"),
                    area: PlanningArea(
                        authority: try row.string("authority"), code: try row.string("code"), name: try row.string("name"),
                        phase: SchoolPhase(rawValue: try row.string("phase")) ?? .primary,
                        secondaryArea: try row.string("secondary_area"))
                )
            }
            try checkFeeds(areas, fileName: staged.fileName, db: db)
        }
        let authorities = try db.rows("SELECT DISTINCT authority FROM \(staged.table) ORDER BY authority").map {
            try $0.string("authority")
        }
        return try replace(dataset, fileName: staged.fileName, rows: staged.rows, authorities: authorities, in: db) {
            try db.execute(
                "INSERT OR REPLACE INTO \(definition.table) (\(columns)) SELECT \(columns) FROM \(staged.table) "
                    + "ORDER BY \(staged.lineColumn)")
        }
    }

    /// Runs `insert`, counting the rows it added to the authorities', and records the import.
    private static func replace(
        _ dataset: SufficiencyDataset, fileName: String, rows: Int, authorities: [String], in db: SQLConnection,
        insert: () throws -> Void
    ) throws -> ImportResult {
        let table = SufficiencyRows.of(dataset).table
        let before = try count(table, authorities, db)
        try insert()
        let added = try count(table, authorities, db) - before
        let importedAt = ISO8601DateFormatter().string(from: Date())
        try db.executeMany(
            "INSERT INTO suf_imports (authority, dataset, file_name, rows, imported_at) VALUES (?, ?, ?, ?, ?)",
            rows: authorities.map { [.text($0), .text(dataset.rawValue), .text(fileName), .int(rows), .text(importedAt)] })
        return ImportResult(
            dataset: dataset.rawValue, fileName: fileName, rows: rows, replaced: rows - added, authorities: authorities)
    }

    private static func distinct(_ values: [String]) -> [String] { Array(Set(values)).sorted() }

    private static func count(_ table: String, _ authorities: [String], _ db: SQLConnection) throws -> Int {
        let marks = authorities.map { _ in "?" }.joined(separator: ", ")
        return try db.row("SELECT COUNT(*) AS n FROM \(table) WHERE authority IN (\(marks))", authorities.map { .text($0) })?
            .int("n") ?? 0
    }

    /// authority → area code → phase.
    static func heldAreas(_ authorities: [String], _ db: SQLConnection) throws -> [String: [String: SchoolPhase]] {
        var result: [String: [String: SchoolPhase]] = [:]
        for authority in authorities {
            for row in try db.rows("SELECT code, phase FROM suf_planning_areas WHERE authority = ?", [.text(authority)]) {
                result[authority, default: [:]][try row.string("code")] = SchoolPhase(rawValue: try row.string("phase"))
            }
        }
        return result
    }

    /// `authority urn phase` → school.
    static func heldSchools(_ authorities: [String], _ db: SQLConnection) throws -> [String: School] {
        var result: [String: School] = [:]
        for authority in authorities {
            for school in try schools(db, authority: authority) {
                result["\(school.authority) \(school.urn) \(school.phase.rawValue)"] = school
            }
        }
        return result
    }

    static func areaProblem(
        _ code: String, _ authority: String, _ areas: [String: [String: SchoolPhase]], allowed: [SchoolPhase], what: String
    ) -> String? {
        guard let phase = areas[authority]?[code] else {
            return "planning area \(code) is not held for \(authority); import planning_areas first"
        }
        guard allowed.contains(phase) else {
            return
                "planning area \(code) is a \(phase.rawValue) area; \(what) are for \(allowed.map(\.rawValue).joined(separator: " or ")) areas"
        }
        return nil
    }

    /// A primary area's secondary area must be a secondary area, in the file or held.
    private static func checkFeeds(_ rows: [(line: Int, area: PlanningArea)], fileName: String, db: SQLConnection) throws {
        let held = try heldAreas(distinct(rows.map(\.area.authority)), db)
        var phases = held
        for row in rows { phases[row.area.authority, default: [:]][row.area.code] = row.area.phase }
        try check(rows.map { ($0.line, $0.area) }, fileName: fileName, column: "secondary_planning_area") { area in
            guard !area.secondaryArea.isEmpty else { return nil }
            guard let phase = phases[area.authority]?[area.secondaryArea] else {
                return "secondary planning area \(area.secondaryArea) is neither in the file nor held"
            }
            return phase == .secondary ? nil : "\(area.secondaryArea) is a \(phase.rawValue) area, not a secondary one"
        }
    }

    /// Throws one issue per record `problem` finds fault with.
    private static func check<Record>(
        _ rows: [(Int, Record)], fileName: String, column: String, problem: (Record) -> String?
    ) throws {
        let issues = rows.compactMap { line, record in
            problem(record).map { ImportIssue(file: fileName, line: line, column: column, reason: $0) }
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
    }

    // MARK: Reading

    static func areas(_ db: SQLConnection, authority: String) throws -> [PlanningArea] {
        try db.rows("SELECT * FROM suf_planning_areas WHERE authority = ? ORDER BY code", [.text(authority)]).map { row in
            PlanningArea(
                authority: authority, code: try row.string("code"), name: try row.string("name"),
                phase: try phase(row, "phase"), secondaryArea: try row.string("secondary_area"))
        }
    }

    static func schools(_ db: SQLConnection, authority: String) throws -> [School] {
        try db.rows("SELECT * FROM suf_schools WHERE authority = ? ORDER BY planning_area, urn", [.text(authority)]).map { row in
            School(
                authority: authority, urn: try row.string("urn"), name: try row.string("name"), phase: try phase(row, "phase"),
                planningArea: try row.string("planning_area"), netCapacity: try row.int("net_capacity"),
                openingYear: row["opening_year"].intValue.map(AcademicYear.init(startYear:)),
                closingYear: row["closing_year"].intValue.map(AcademicYear.init(startYear:)),
                sixthForm: row["sixth_form"].boolValue ?? false,
                provision: ProvisionType(rawValue: try row.string("provision")) ?? .mainstream,
                primaryPlaces: try row.int("primary_places"), secondaryPlaces: try row.int("secondary_places"))
        }
    }

    /// Everything the authority's forecasts use.
    static func planningData(_ db: SQLConnection, authority: String) throws -> AuthorityPlanningData {
        let key: [SQLValue] = [.text(authority)]
        var roll: [String: [Int: [Int: Int]]] = [:]
        for total in try db.fetchAll(
            AreaRollTotal.self,
            """
            SELECT s.planning_area AS area, n.academic_year AS year, n.year_group AS year_group, SUM(n.pupils) AS pupils
            FROM suf_nor n JOIN suf_schools s
              ON s.authority = n.authority AND s.urn = n.urn
             AND s.phase = CASE WHEN n.year_group <= 6 THEN 'primary' ELSE 'secondary' END
            WHERE n.authority = ?
            GROUP BY s.planning_area, n.academic_year, n.year_group
            """, key)
        {
            roll[total.area, default: [:]][total.year, default: [:]][total.yearGroup] = total.pupils
        }
        var births: [String: [Int: Int]] = [:]
        for row in try db.rows("SELECT planning_area, year, births FROM suf_births WHERE authority = ?", key) {
            births[try row.string("planning_area"), default: [:]][try row.int("year")] = try row.int("births")
        }
        var housing: [String: [Int: Int]] = [:]
        for row in try db.rows(
            "SELECT planning_area, academic_year, SUM(dwellings) AS dwellings FROM suf_housing WHERE authority = ? GROUP BY 1, 2",
            key)
        {
            housing[try row.string("planning_area"), default: [:]][try row.int("academic_year")] = try row.int("dwellings")
        }
        var yields: [SchoolPhase: Double] = [:]
        for row in try db.rows("SELECT phase, yield_per_dwelling FROM suf_yields WHERE authority = ?", key) {
            yields[try phase(row, "phase")] = try row.double("yield_per_dwelling")
        }
        let changes = try db.rows("SELECT * FROM suf_place_changes WHERE authority = ? ORDER BY academic_year", key).map { row in
            PlaceChange(
                authority: authority, planningArea: try row.string("planning_area"),
                year: AcademicYear(startYear: try row.int("academic_year")), reference: try row.string("reference"),
                places: try row.int("places"), note: try row.string("note"))
        }
        return AuthorityPlanningData(
            authority: authority, areas: try areas(db, authority: authority), schools: try schools(db, authority: authority),
            numbersOnRoll: roll, births: births, housing: housing, yields: yields, placeChanges: changes)
    }

    /// The last file imported into each dataset for the authority.
    static func dataSources(_ db: SQLConnection, authority: String) throws -> [DataSource] {
        try db.rows(
            """
            SELECT dataset, file_name, imported_at, rows FROM suf_imports
            WHERE id IN (SELECT MAX(id) FROM suf_imports WHERE authority = ? GROUP BY dataset) ORDER BY dataset
            """, [.text(authority)]
        ).map { row in
            DataSource(
                dataset: try row.string("dataset"), fileName: try row.string("file_name"),
                importedAt: try row.string("imported_at"), rows: try row.int("rows"))
        }
    }

    private static func phase(_ row: SQLRow, _ column: String) throws -> SchoolPhase {
        let text = try row.string(column)
        guard let phase = SchoolPhase(rawValue: text) else {
            throw StorageError.statement(sql: column, reason: "stored phase '\(text)' is not a phase")
        }
        return phase
    }

    // MARK: Stored forecasts

    /// Stores a forecast with its values and ratios; returns its id.
    static func storeForecast(_ forecast: PupilForecast, baseYear: AcademicYear, in db: SQLConnection) throws -> Int {
        try db.execute(
            "INSERT INTO suf_forecasts (authority, base_year, created_at, survival_years, method) VALUES (?, ?, ?, ?, ?)",
            [
                .text(forecast.authority), .int(baseYear.startYear), .text(forecast.runAt), .int(forecast.survivalYears),
                .text(forecast.method),
            ])
        guard let id = try db.row("SELECT last_insert_rowid() AS id")?.int("id") else {
            throw StorageError.statement(sql: "last_insert_rowid()", reason: "no id")
        }
        var values: [[SQLValue]] = []
        var ratios: [[SQLValue]] = []
        for area in forecast.areas {
            for year in area.years where !year.actual {
                guard let academicYear = AcademicYear(parsing: year.academicYear) else { continue }
                for group in year.yearGroups {
                    guard let yearGroup = YearGroup(parsing: group.yearGroup) else { continue }
                    values.append([
                        .int(id), .text(area.planningArea), .text(area.phase.rawValue), .int(academicYear.startYear),
                        .int(yearGroup.number), .real(group.pupils),
                    ])
                }
            }
            for ratio in area.ratios {
                ratios.append([.int(id), .text(area.planningArea), .text(ratio.transition), .real(ratio.ratio), .text(ratio.basis)])
            }
        }
        try db.executeMany(
            """
            INSERT INTO suf_forecast_values (forecast_id, planning_area, phase, academic_year, year_group, pupils)
            VALUES (?, ?, ?, ?, ?, ?)
            """, rows: values)
        try db.executeMany(
            "INSERT INTO suf_forecast_ratios (forecast_id, planning_area, transition, ratio, basis) VALUES (?, ?, ?, ?, ?)",
            rows: ratios)
        return id
    }

    /// The newest stored forecast of each base year for the authority.
    static func storedForecasts(_ db: SQLConnection, authority: String) throws -> [StoredForecast] {
        let headers = try db.rows(
            """
            SELECT id, base_year, created_at FROM suf_forecasts
            WHERE id IN (SELECT MAX(id) FROM suf_forecasts WHERE authority = ? GROUP BY base_year) ORDER BY base_year
            """, [.text(authority)])
        return try headers.map { header in
            let id = try header.int("id")
            var forecast = StoredForecast(
                id: id, baseYear: AcademicYear(startYear: try header.int("base_year")), createdAt: try header.string("created_at"))
            for row in try db.rows(
                "SELECT planning_area, phase, academic_year, year_group, pupils FROM suf_forecast_values WHERE forecast_id = ?",
                [.int(id)])
            {
                let area = try row.string("planning_area")
                forecast.phases[area] = try phase(row, "phase")
                forecast.values[area, default: [:]][try row.int("academic_year"), default: [:]][try row.int("year_group")] =
                    try row.double("pupils")
            }
            return forecast
        }
    }
}
