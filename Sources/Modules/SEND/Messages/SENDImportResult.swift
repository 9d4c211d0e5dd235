/// Proto `ImportResult`: what an import stored.
public struct SENDImportResult: Sendable, Hashable, Codable {
    /// The dataset's name.
    public var dataset: String
    /// The file's name.
    public var fileName: String
    /// Data rows stored (every row of the file; an import is all or nothing).
    public var rowsStored: Int
}
