public import CYPHubCore

/// Read access to the sufficiency module's stored data for other modules and tools (the national-scale
/// benchmark reads through it). Call it inside a `Storage.read` closure.
public enum SufficiencyReader {
    /// Everything the authority's forecasts use: areas, schools, numbers on roll summed by area, births, housing,
    /// pupil yields and place changes.
    public static func planningData(_ db: SQLConnection, authority: String) throws -> AuthorityPlanningData {
        try SufficiencyStore.planningData(db, authority: authority)
    }

    /// The authorities with planning areas held, in code order.
    public static func authorities(_ db: SQLConnection) throws -> [String] {
        try db.rows("SELECT DISTINCT authority FROM suf_planning_areas ORDER BY authority").map { try $0.string("authority") }
    }
}
