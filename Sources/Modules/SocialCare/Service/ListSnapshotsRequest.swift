/// Asks which snapshot dates are held for an authority. Proto: `ListSnapshotsRequest`.
public struct ListSnapshotsRequest: Codable, Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String

    /// Creates a request.
    public init(authority: String) { self.authority = authority }
}
