public import CYPHubCore

/// Read access to the capital programme for modules that plan with it (the sufficiency module adds the
/// places capital projects deliver to its forecasts). Call it inside a `Storage.read` closure.
public enum CapitalReader {
    /// Whether this database holds the capital module's tables (its migrations have run).
    public static func isInstalled(_ db: SQLConnection) throws -> Bool {
        false  // TODO(capital): check the capital tables exist.
    }

    /// The versions held for `authority`, newest first.
    public static func versions(_ db: SQLConnection, authority: String) throws -> [CapitalVersionInfo] {
        []  // TODO(capital)
    }

    /// The projects that add places in one version of `authority`'s programme (the newest when `version` is
    /// `nil`), with that version; `nil` when no version (or not that version) is held.
    public static func placesProjects(
        _ db: SQLConnection,
        authority: String,
        version: String?
    ) throws -> (version: CapitalVersionInfo, projects: [PlacesProject])? {
        nil  // TODO(capital)
    }
}
