/// Proto `ListHighNeedsPlansRequest`: the High Needs plans held for an authority.
public struct ListHighNeedsPlansRequest: Sendable, Hashable, Codable {
    /// ONS code.
    public var authority: String

    /// Creates a request.
    public init(authority: String) {
        self.authority = authority
    }
}
