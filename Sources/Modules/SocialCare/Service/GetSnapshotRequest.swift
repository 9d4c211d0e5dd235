/// Asks for one snapshot. Proto: `GetSnapshotRequest`.
public struct GetSnapshotRequest: Codable, Sendable, Hashable {
    /// ONS code of the authority, e.g. `E06000016` (Leicester).
    public var authority: String
    /// The snapshot date, `YYYY-MM-DD`; empty for the latest snapshot held.
    public var date: String

    /// Creates a request.
    public init(authority: String, date: String = "") {
        self.authority = authority
        self.date = date
    }
}
