/// Proto `ReturnFile`.
public struct ReturnFile: Sendable, Hashable, Codable {
    /// e.g. `scap_capacity.csv`.
    public var name: String
    /// What the table holds.
    public var description: String
    /// Csv.
    public var csv: String
    /// Rows.
    public var rows: Int
}
