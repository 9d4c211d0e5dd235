import CYPHubCore

/// One parsed data row of an import: its snapshot, the values to insert, and where it came from.
struct ImportedRow: Sendable {
    var authority: String
    var date: LocalDate
    /// The dataset's own columns, in ``SocialCareImporter`` insert order (after authority and date).
    var values: [SQLValue]
    var line: Int

    var key: SnapshotKey { SnapshotKey(authority: authority, date: date.description) }
}
