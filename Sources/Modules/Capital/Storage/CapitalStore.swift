import CYPHubCore

/// Reads and writes the capital tables. Every function runs inside a `storage.read` or `storage.write`.
enum CapitalStore {
    // MARK: Writing

    /// Whether `authority` holds `version`.
    static func holds(authority: String, version: String, db: SQLConnection) throws -> Bool {
        try db.row(
            "SELECT 1 AS held FROM cap_version WHERE authority = ? AND version = ?", [.text(authority), .text(version)]
        ) != nil
    }

    /// Deletes one version and everything in it; returns whether it was held.
    static func delete(authority: String, version: String, db: SQLConnection) throws -> Bool {
        let key: [SQLValue] = [.text(authority), .text(version)]
        for table in ["cap_spend", "cap_funding", "cap_project"] {
            try db.execute("DELETE FROM \(table) WHERE authority = ? AND version = ?", key)
        }
        try db.execute("DELETE FROM cap_version WHERE authority = ? AND version = ?", key)
        return db.changes > 0
    }

    /// Stores a programme version (replacing it if held); returns whether it replaced one.
    static func replace(_ programme: CapitalProgramme, in db: SQLConnection) throws -> Bool {
        let authority = programme.authority
        let info = programme.info
        let replaced = try delete(authority: authority, version: info.version, db: db)
        let key: [SQLValue] = [.text(authority), .text(info.version)]
        try db.execute(
            """
            INSERT INTO cap_version (authority, version, label, first_year, last_year, imported_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            key + [.text(info.label), .text(info.firstYear.description), .text(info.lastYear.description), .text(info.importedAt)]
        )
        try db.executeMany(
            """
            INSERT INTO cap_project (authority, version, position, project_id, name, category, category_title,
                category_group, gross_cost, spent_before, estimated_completion, places, planning_area, phase,
                opening_year, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            rows: programme.projects.enumerated().map { position, project in
                key + [
                    .int(position), .text(project.projectID), .text(project.name), .text(project.category.slug),
                    .text(project.category.title), .text(project.category.group), .int(project.grossCostPounds),
                    .int(project.spentBeforePounds), .text(project.estimatedCompletion), .int(project.places?.places),
                    .string(project.places?.planningArea), .string(project.places?.phase.rawValue),
                    .string(project.places?.openingYear.description), .text(project.note),
                ]
            }
        )
        try db.executeMany(
            "INSERT INTO cap_spend (authority, version, project_id, year, amount) VALUES (?, ?, ?, ?, ?)",
            rows: programme.projects.flatMap { project in
                project.spendPounds.sorted { $0.key < $1.key }.map { year, amount in
                    key + [.text(project.projectID), .text(year.description), .int(amount)]
                }
            }
        )
        try db.executeMany(
            """
            INSERT INTO cap_funding (authority, version, position, source, kind, year, amount, project_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            rows: programme.funding.enumerated().map { position, row in
                key + [
                    .int(position), .text(row.source), .text(row.kind.rawValue), .text(row.year.description),
                    .int(row.amountPounds), .string(row.projectID),
                ]
            }
        )
        return replaced
    }

    // MARK: Reading

    /// Whether the capital tables exist in this database.
    static func isInstalled(_ db: SQLConnection) throws -> Bool {
        try db.row("SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = 'cap_version'") != nil
    }

    /// The versions held for `authority`, newest first.
    static func versions(authority: String, db: SQLConnection) throws -> [CapitalVersionInfo] {
        try db.rows(
            """
            SELECT version, label, first_year, last_year, imported_at FROM cap_version
            WHERE authority = ? ORDER BY version DESC
            """,
            [.text(authority)]
        ).map(versionInfo)
    }

    /// One version of `authority`'s programme, or `nil` when it is not held.
    static func programme(authority: String, version: String, db: SQLConnection) throws -> CapitalProgramme? {
        let key: [SQLValue] = [.text(authority), .text(version)]
        guard
            let row = try db.row(
                """
                SELECT version, label, first_year, last_year, imported_at FROM cap_version
                WHERE authority = ? AND version = ?
                """,
                key
            )
        else { return nil }
        var spend: [String: [FinancialYear: Int]] = [:]
        for row in try db.rows("SELECT project_id, year, amount FROM cap_spend WHERE authority = ? AND version = ?", key) {
            spend[try row.string("project_id"), default: [:]][try year(row, "year")] = try row.int("amount")
        }
        let projects = try db.rows(
            """
            SELECT project_id, name, category, category_title, category_group, gross_cost, spent_before,
                   estimated_completion, places, planning_area, phase, opening_year, note
            FROM cap_project WHERE authority = ? AND version = ? ORDER BY position
            """,
            key
        ).map { row in
            let projectID = try row.string("project_id")
            return CapitalProject(
                projectID: projectID,
                name: try row.string("name"),
                category: CapitalCategory(
                    slug: try row.string("category"), title: try row.string("category_title"),
                    group: try row.string("category_group")),
                grossCostPounds: try row.int("gross_cost"),
                spentBeforePounds: try row.int("spent_before"),
                estimatedCompletion: try row.string("estimated_completion"),
                places: try places(row),
                note: try row.string("note"),
                spendPounds: spend[projectID] ?? [:]
            )
        }
        let funding = try db.rows(
            """
            SELECT source, kind, year, amount, project_id FROM cap_funding
            WHERE authority = ? AND version = ? ORDER BY position
            """,
            key
        ).map { row in
            let kind = try row.string("kind")
            guard let fundingKind = FundingKind(rawValue: kind) else {
                throw StorageError.unexpectedValue(column: "kind", .text(kind))
            }
            return CapitalFunding(
                source: try row.string("source"), kind: fundingKind, year: try year(row, "year"),
                amountPounds: try row.int("amount"), projectID: row["project_id"].stringValue
            )
        }
        return CapitalProgramme(authority: authority, info: try versionInfo(row), projects: projects, funding: funding)
    }

    // MARK: Rows

    private static func versionInfo(_ row: SQLRow) throws -> CapitalVersionInfo {
        CapitalVersionInfo(
            version: try row.string("version"), label: try row.string("label"), firstYear: try year(row, "first_year"),
            lastYear: try year(row, "last_year"), importedAt: try row.string("imported_at")
        )
    }

    private static func places(_ row: SQLRow) throws -> PlacesDelivery? {
        guard let places = row["places"].intValue else { return nil }
        let phaseText = try row.string("phase")
        guard let phase = SchoolPhase(rawValue: phaseText) else {
            throw StorageError.unexpectedValue(column: "phase", .text(phaseText))
        }
        return PlacesDelivery(
            places: places, planningArea: try row.string("planning_area"), phase: phase,
            openingYear: try year(row, "opening_year")
        )
    }

    private static func year(_ row: SQLRow, _ column: String) throws -> SplitYear {
        let text = try row.string(column)
        guard let year = SplitYear(parsing: text) else { throw StorageError.unexpectedValue(column: column, .text(text)) }
        return year
    }
}
