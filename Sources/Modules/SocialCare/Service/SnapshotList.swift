/// The dates held for an authority, oldest first. Proto: `SnapshotList`.
public struct SnapshotList: Codable, Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// Oldest first.
    public var dates: [SnapshotDate]

    /// Creates a list.
    public init(authority: String, dates: [SnapshotDate]) {
        self.authority = authority
        self.dates = dates
    }
}
