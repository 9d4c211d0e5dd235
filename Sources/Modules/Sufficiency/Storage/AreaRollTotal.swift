internal import CYPHubCore

/// Pupils on roll summed over a planning area's schools for one academic year and year group, as
/// ``SufficiencyStore/planningData(_:authority:)`` reads them: decoded in place, no dictionary per row.
struct AreaRollTotal: SQLRowDecodable {
    /// The planning area's code.
    let area: String
    /// The academic year's start year.
    let year: Int
    /// 0 (Reception) to 13.
    let yearGroup: Int
    /// Pupils on roll.
    let pupils: Int

    init(row: SQLRowCursor) throws {
        area = try row["area"]
        year = try row["year"]
        yearGroup = try row["year_group"]
        pupils = try row["pupils"]
    }
}
