public import CYPHubCore

/// Read access to the capital programme for modules that plan with it (the sufficiency module adds the
/// places capital projects deliver to its forecasts). Call it inside a `Storage.read` closure.
public enum CapitalReader {
    /// Whether this database holds the capital module's tables (its migrations have run).
    public static func isInstalled(_ db: SQLConnection) throws -> Bool {
        try CapitalStore.isInstalled(db)
    }

    /// The versions held for `authority`, newest first (empty when none, or when the module's tables are
    /// absent).
    public static func versions(_ db: SQLConnection, authority: String) throws -> [CapitalVersionInfo] {
        guard try isInstalled(db) else { return [] }
        return try CapitalStore.versions(authority: authority.uppercased(), db: db)
    }

    /// The projects that add places in one version of `authority`'s programme (the newest when `version` is
    /// `nil`), with that version; `nil` when no version (or not that version) is held.
    public static func placesProjects(
        _ db: SQLConnection,
        authority: String,
        version: String?
    ) throws -> (version: CapitalVersionInfo, projects: [PlacesProject])? {
        guard let programme = try programme(db, authority: authority, version: version) else { return nil }
        return (programme.info, programme.placesProjects)
    }

    /// One version of `authority`'s programme (the newest when `version` is `nil`) with every project, its
    /// spend and its funding; `nil` when no version (or not that version) is held.
    public static func programme(_ db: SQLConnection, authority: String, version: String?) throws -> CapitalProgramme? {
        let authority = authority.uppercased()
        guard try isInstalled(db) else { return nil }
        guard let version = try version ?? CapitalStore.versions(authority: authority, db: db).first?.version else {
            return nil
        }
        return try CapitalStore.programme(authority: authority, version: version, db: db)
    }
}
