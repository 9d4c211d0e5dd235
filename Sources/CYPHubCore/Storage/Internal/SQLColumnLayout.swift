internal import GRDB

/// The columns of one query's result and the statement that holds its current row.
///
/// Built once per query and shared by every ``SQLRowCursor`` of it, so reading a row costs no
/// allocation: values are read in place from the statement, names are looked up here.
final class SQLColumnLayout {
    /// GRDB's row over the statement (one instance, reused for every row of the query).
    let row: Row
    /// The statement whose current row the cursors read.
    let sqliteStatement: SQLiteStatement
    /// The column names, left to right, as SQLite reports them.
    let names: [String]
    /// Whether two columns share a name (then lookups scan from the left).
    private let hasDuplicateNames: Bool
    /// Where the next lookup starts: decoders read columns in the same order on every row, so the
    /// next column asked for is usually the one after the last.
    private var hint = 0

    init(statement: Statement, row: Row) {
        self.row = row
        self.sqliteStatement = statement.sqliteStatement
        self.names = statement.columnNames
        self.hasDuplicateNames = Set(names).count != names.count
    }

    /// The leftmost column called `name` (exactly, else ignoring case, as SQLite does), if any.
    func index(of name: String) -> Int? {
        let count = names.count
        guard count > 0 else { return nil }
        var index = hasDuplicateNames ? 0 : hint
        for _ in 0..<count {
            if names[index] == name {
                hint = index + 1 == count ? 0 : index + 1
                return index
            }
            index = index + 1 == count ? 0 : index + 1
        }
        let lowercased = name.lowercased()
        return names.firstIndex { $0.lowercased() == lowercased }
    }

    /// Whether column `index` of the current row is NULL (checked without reading the value).
    func isNull(at index: Int) -> Bool { row.hasNull(atIndex: index) }

    /// The value of column `index` of the current row, read from the statement.
    func databaseValue(at index: Int) -> DatabaseValue {
        DatabaseValue(sqliteStatement: sqliteStatement, index: CInt(index))
    }
}
