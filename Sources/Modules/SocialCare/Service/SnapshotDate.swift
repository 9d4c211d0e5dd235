/// One date held for an authority, with the datasets it has. Proto: `SnapshotDate`.
public struct SnapshotDate: Codable, Sendable, Hashable {
    /// `YYYY-MM-DD`.
    public var date: String
    /// Whether a demand snapshot row exists (``SocialCareModule/getSnapshot`` answers only for these).
    public var hasDemand: Bool
    /// Worker-level caseload records held.
    public var workerCount: Int
    /// Supervision areas held.
    public var supervisionAreas: Int

    /// Creates an entry.
    public init(date: String, hasDemand: Bool, workerCount: Int, supervisionAreas: Int) {
        self.date = date
        self.hasDemand = hasDemand
        self.workerCount = workerCount
        self.supervisionAreas = supervisionAreas
    }
}
