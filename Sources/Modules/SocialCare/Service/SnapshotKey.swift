/// An authority and snapshot date. Proto: `SnapshotKey`.
public struct SnapshotKey: Codable, Sendable, Hashable, Comparable {
    /// ONS code of the authority.
    public var authority: String
    /// `YYYY-MM-DD`.
    public var date: String

    /// Creates a key.
    public init(authority: String, date: String) {
        self.authority = authority
        self.date = date
    }

    /// Orders by authority, then date.
    public static func < (lhs: SnapshotKey, rhs: SnapshotKey) -> Bool {
        (lhs.authority, lhs.date) < (rhs.authority, rhs.date)
    }
}
