/// Proto `cyphub.capital.v1.ImportedFile`: rows stored from one file.
public struct ImportedFile: Codable, Sendable, Equatable {
    /// The dataset.
    public var dataset: String
    /// The file's name.
    public var fileName: String
    /// Rows stored.
    public var rows: Int

    /// Creates a count.
    public init(dataset: String, fileName: String, rows: Int) {
        self.dataset = dataset
        self.fileName = fileName
        self.rows = rows
    }
}
