internal import GRDB

extension SQLRow: SQLRowDecodable {
    /// Every column, by name (for duplicate names, the rightmost wins).
    public init(row: SQLRowCursor) throws {
        var columns: [String: SQLValue] = Dictionary(minimumCapacity: row.count)
        for (index, name) in row.columnNames.enumerated() {
            columns[name] = SQLValue(row.databaseValue(at: index))
        }
        self.init(columns: columns)
    }
}
