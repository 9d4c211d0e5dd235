/// Proto `cyphub.capital.v1.ListVersionsResponse`: the versions held, newest first, with their totals.
public struct ListVersionsResponse: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// `£000`.
    public var unit: String
    /// Newest first.
    public var versions: [VersionSummary]

    /// Creates a response.
    public init(authority: String, versions: [VersionSummary]) {
        self.authority = authority
        self.unit = CapitalModule.unit
        self.versions = versions
    }
}
