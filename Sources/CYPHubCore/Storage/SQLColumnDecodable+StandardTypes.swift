internal import GRDB

// The standard types follow `SQLRow`'s rules, so moving a reader from `SQLRow` to typed rows changes
// nothing: a whole number may be stored as an integer or as a real with no fraction, a number as
// either, a Bool as an integer (non-zero is true), text only as text, bytes only as a blob.

extension Int: SQLColumnDecodable {
    /// An integer, or a real with no fraction.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> Int {
        switch row.databaseValue(at: try row.checked(index)).storage {
        case .int64(let value): if let int = Int(exactly: value) { return int }
        case .double(let value): if let int = Int(exactly: value) { return int }
        default: break
        }
        throw row.wrongType(at: index, expected: "a whole number")
    }
}

extension Int64: SQLColumnDecodable {
    /// An integer, or a real with no fraction.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> Int64 {
        switch row.databaseValue(at: try row.checked(index)).storage {
        case .int64(let value): return value
        case .double(let value): if let int = Int64(exactly: value) { return int }
        default: break
        }
        throw row.wrongType(at: index, expected: "a whole number")
    }
}

extension Double: SQLColumnDecodable {
    /// A real or an integer.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> Double {
        switch row.databaseValue(at: try row.checked(index)).storage {
        case .int64(let value): return Double(value)
        case .double(let value): return value
        default: throw row.wrongType(at: index, expected: "a number")
        }
    }
}

extension String: SQLColumnDecodable {
    /// Text.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> String {
        guard case .string(let value) = row.databaseValue(at: try row.checked(index)).storage else {
            throw row.wrongType(at: index, expected: "text")
        }
        return value
    }
}

extension Bool: SQLColumnDecodable {
    /// An integer (or a real with no fraction): non-zero is `true`.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> Bool {
        do {
            return try Int.decode(column: index, of: row) != 0
        } catch StorageError.wrongType {
            throw row.wrongType(at: index, expected: "a Bool (an integer)")
        }
    }
}

extension [UInt8]: SQLColumnDecodable {
    /// A blob.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> [UInt8] {
        guard case .blob(let data) = row.databaseValue(at: try row.checked(index)).storage else {
            throw row.wrongType(at: index, expected: "a blob")
        }
        return [UInt8](data)
    }
}

extension SQLValue: SQLColumnDecodable {
    /// Any value, as stored.
    public static func decode(column index: Int, of row: SQLRowCursor) throws -> SQLValue {
        SQLValue(row.databaseValue(at: try row.checked(index)))
    }
}
