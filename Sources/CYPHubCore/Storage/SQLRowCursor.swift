internal import GRDB

/// The current row of a query, read in place: values come straight from the database's prepared
/// statement, with no dictionary or copy per row.
///
/// A cursor is handed to ``SQLRowDecodable/init(row:)`` and is valid only during that call: the
/// next row replaces its values. Read columns by name (`try row["cases"]`, `try row.int("cases")`)
/// or by position (`try row[0]`); ask for an optional (`let families: Int? = try row["families"]`)
/// where a column may be NULL. A missing column or a value of the wrong type throws a
/// ``StorageError`` naming the column.
public struct SQLRowCursor {
    let layout: SQLColumnLayout

    init(layout: SQLColumnLayout) { self.layout = layout }

    /// The number of columns.
    public var count: Int { layout.names.count }

    /// The column names, left to right, as written in the query's select list.
    public var columnNames: [String] { layout.names }

    /// The position of the leftmost column called `column` (case-insensitive, as in SQL).
    ///
    /// Throws ``StorageError/noSuchColumn(column:columns:)`` when the result has no such column.
    @usableFromInline
    func index(of column: String) throws -> Int {
        guard let index = layout.index(of: column) else {
            throw StorageError.noSuchColumn(column: column, columns: layout.names)
        }
        return index
    }

    /// Checks that `index` is a column of the result.
    @usableFromInline
    func checked(_ index: Int) throws -> Int {
        guard layout.names.indices.contains(index) else {
            throw StorageError.noSuchColumn(column: "#\(index)", columns: layout.names)
        }
        return index
    }

    /// The value of the named column, decoded as `Value`.
    @inlinable
    public subscript<Value: SQLColumnDecodable>(_ column: String) -> Value {
        get throws { try Value.decode(column: try index(of: column), of: self) }
    }

    /// The value of the column at `index` (0 for the leftmost), decoded as `Value`.
    @inlinable
    public subscript<Value: SQLColumnDecodable>(_ index: Int) -> Value {
        get throws { try Value.decode(column: try checked(index), of: self) }
    }

    /// A column that must be a whole number (an integer, or a real with no fraction).
    public func int(_ column: String) throws -> Int { try Int.decode(column: try index(of: column), of: self) }

    /// A column that must be a number.
    public func double(_ column: String) throws -> Double { try Double.decode(column: try index(of: column), of: self) }

    /// A column that must be text.
    public func string(_ column: String) throws -> String { try String.decode(column: try index(of: column), of: self) }

    /// The column's value as stored, whatever its type.
    public func value(_ column: String) throws -> SQLValue { SQLValue(layout.databaseValue(at: try index(of: column))) }

    /// The value of the column at `index` as stored, whatever its type.
    public func value(at index: Int) throws -> SQLValue { SQLValue(layout.databaseValue(at: try checked(index))) }

    /// Whether the named column is NULL.
    public func isNull(_ column: String) throws -> Bool { layout.isNull(at: try index(of: column)) }

    /// Whether the column at `index` (0 for the leftmost) is NULL.
    public func isNull(at index: Int) throws -> Bool { layout.isNull(at: try checked(index)) }

    /// The value at `index`, which the caller has checked.
    func databaseValue(at index: Int) -> DatabaseValue { layout.databaseValue(at: index) }

    /// The error for a column whose value is not of the expected type.
    func wrongType(at index: Int, expected: String) -> StorageError {
        .wrongType(column: layout.names[index], expected: expected, value: SQLValue(layout.databaseValue(at: index)))
    }
}

/// A cursor reads a statement that belongs to one database connection and one row of it.
@available(*, unavailable)
extension SQLRowCursor: Sendable {}
