/// Asks for the caseloads on one date. Proto: `GetCaseloadsRequest`.
public struct GetCaseloadsRequest: Codable, Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// `YYYY-MM-DD`; empty for the latest date with worker records.
    public var date: String
    /// Only these team types; empty for all.
    public var teamTypes: [TeamType]
    /// Also return the worker-level records.
    public var includeWorkers: Bool

    /// Creates a request.
    public init(authority: String, date: String = "", teamTypes: [TeamType] = [], includeWorkers: Bool = false) {
        self.authority = authority
        self.date = date
        self.teamTypes = teamTypes
        self.includeWorkers = includeWorkers
    }
}
