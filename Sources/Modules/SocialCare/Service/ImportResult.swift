/// What an import stored. Proto: `ImportResult`.
public struct ImportResult: Codable, Sendable, Hashable {
    /// The dataset imported into.
    public var dataset: Dataset
    /// The file's name.
    public var fileName: String
    /// Data rows stored.
    public var rowsStored: Int
    /// Rows of the same snapshots held before, deleted and replaced by the file's rows.
    public var rowsReplaced: Int
    /// The snapshots the file covered, each replaced as a whole, in order.
    public var snapshots: [SnapshotKey]

    /// Creates a result.
    public init(dataset: Dataset, fileName: String, rowsStored: Int, rowsReplaced: Int, snapshots: [SnapshotKey]) {
        self.dataset = dataset
        self.fileName = fileName
        self.rowsStored = rowsStored
        self.rowsReplaced = rowsReplaced
        self.snapshots = snapshots
    }
}
