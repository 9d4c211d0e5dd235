/// Proto `DataSource`: a dataset a result was computed from, named by the last file imported into it.
public struct DataSource: Sendable, Hashable, Codable {
    /// The dataset.
    public var dataset: String
    /// The last file imported into it for the authority.
    public var fileName: String
    /// When (ISO 8601, UTC).
    public var importedAt: String
    /// Rows in that file.
    public var rows: Int
}
