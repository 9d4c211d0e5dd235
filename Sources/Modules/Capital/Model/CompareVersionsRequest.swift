/// Proto `cyphub.capital.v1.CompareVersionsRequest`: which two versions to compare.
public struct CompareVersionsRequest: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// The earlier version `YYYY-MM-DD`; empty: the newest version older than ``toVersion``.
    public var fromVersion: String
    /// The later version `YYYY-MM-DD`; empty: the newest.
    public var toVersion: String

    /// Creates a request; both versions empty compares the two newest.
    public init(authority: String, fromVersion: String = "", toVersion: String = "") {
        self.authority = authority
        self.fromVersion = fromVersion
        self.toVersion = toVersion
    }
}
