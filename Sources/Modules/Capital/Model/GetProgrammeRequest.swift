/// Proto `cyphub.capital.v1.GetProgrammeRequest`: which programme version to show.
public struct GetProgrammeRequest: Codable, Sendable, Equatable {
    /// ONS code of the authority, e.g. `E10000018` (Leicestershire).
    public var authority: String
    /// `YYYY-MM-DD`, or empty for the newest version held.
    public var version: String

    /// Creates a request.
    public init(authority: String, version: String = "") {
        self.authority = authority
        self.version = version
    }
}
