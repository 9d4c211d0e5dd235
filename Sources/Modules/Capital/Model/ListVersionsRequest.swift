/// Proto `cyphub.capital.v1.ListVersionsRequest`: whose versions to list.
public struct ListVersionsRequest: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String

    /// Creates a request.
    public init(authority: String) {
        self.authority = authority
    }
}
