/// Proto `cyphub.workforce.v1.GetEstablishmentRequest`: which establishment to show.
public struct GetEstablishmentRequest: Codable, Sendable, Equatable {
    /// ONS code of the authority, e.g. `E06000016` (Leicester).
    public var authority: String
    /// `YYYY-MM-DD`, or empty for the latest establishment held.
    public var asAt: String

    /// Creates a request.
    public init(authority: String, asAt: String = "") {
        self.authority = authority
        self.asAt = asAt
    }
}
