/// Proto `cyphub.workforce.v1.GetWorkforceSummaryRequest`: which staff return to summarise.
public struct GetWorkforceSummaryRequest: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// Census date `YYYY-MM-DD` (normally 30 September), or empty for the latest return held.
    public var asAt: String

    /// Creates a request.
    public init(authority: String, asAt: String = "") {
        self.authority = authority
        self.asAt = asAt
    }
}
