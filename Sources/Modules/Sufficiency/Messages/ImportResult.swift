/// Proto `ImportResult`.
public struct ImportResult: Sendable, Hashable, Codable {
    /// Dataset.
    public var dataset: String
    /// File name.
    public var fileName: String
    /// Rows in the file.
    public var rows: Int
    /// Of those, rows that replaced a row held with the same key.
    public var replaced: Int
    /// Authorities the file covers.
    public var authorities: [String]
}
