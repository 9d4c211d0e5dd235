/// A Swift type that one column of a query's result can be read as.
///
/// `Int`, `Int64`, `Double`, `String`, `Bool`, `[UInt8]` and ``SQLValue`` conform, and so does
/// `Optional` of any of them (NULL reads as `nil`; for the others NULL is a wrong type). A
/// `RawRepresentable` type whose raw value conforms needs only the declaration
/// (`extension TeamType: SQLColumnDecodable {}`): a stored value that is not one of its raw values
/// throws a ``StorageError`` naming the column.
public protocol SQLColumnDecodable {
    /// Reads column `index` of `row`, throwing ``StorageError/wrongType(column:expected:value:)``
    /// when the stored value does not fit. ``SQLRowCursor``'s subscripts check `index` first.
    static func decode(column index: Int, of row: SQLRowCursor) throws -> Self
}

extension Optional: SQLColumnDecodable where Wrapped: SQLColumnDecodable {
    /// `nil` for NULL, else the column read as `Wrapped`.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> Wrapped? {
        try row.isNull(at: index) ? nil : Wrapped.decode(column: index, of: row)
    }
}

extension SQLColumnDecodable where Self: RawRepresentable, Self.RawValue: SQLColumnDecodable {
    /// Reads the raw value, then the case with that raw value; any other value is a wrong type.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> Self {
        guard let value = Self(rawValue: try RawValue.decode(column: index, of: row)) else {
            throw row.wrongType(at: index, expected: "a \(Self.self) raw value")
        }
        return value
    }
}
