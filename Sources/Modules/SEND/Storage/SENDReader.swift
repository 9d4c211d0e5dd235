public import CYPHubCore

/// Read access to the SEND module's stored caseload for modules that plan with it (the sufficiency module
/// forecasts specialist places from the EHCP caseload and its growth rather than holding a copy). Call it
/// inside a `Storage.read` closure.
public enum SENDReader {
    /// Whether this database holds the SEND module's tables (its migrations have run).
    public static func isInstalled(_ db: SQLConnection) throws -> Bool {
        let row = try db.row("SELECT COUNT(*) AS tables FROM sqlite_master WHERE type = 'table' AND name = 'send_caseload'")
        return try row?.int("tables") == 1
    }

    /// Every EHCP count held for `authority` (totals and breakdowns by age band and setting), oldest first.
    public static func ehcpCaseload(_ db: SQLConnection, authority: String) throws -> [SENCaseloadCount] {
        try SENDStore.caseload(db, authority: authority).filter { $0.measure == .ehcp }
            .sorted { $0.asAt < $1.asAt }
    }
}
