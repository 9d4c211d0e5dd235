/// A value stored in or read from the database.
public enum SQLValue: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByNilLiteral
{
    /// SQL NULL.
    case null
    /// A 64-bit integer.
    case integer(Int64)
    /// A double.
    case real(Double)
    /// Text.
    case text(String)
    /// Bytes.
    case blob([UInt8])

    /// Creates an integer value.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// Creates a real value.
    public init(floatLiteral value: Double) { self = .real(value) }
    /// Creates a text value.
    public init(stringLiteral value: String) { self = .text(value) }
    /// Creates NULL.
    public init(nilLiteral: ()) { self = .null }

    /// An `Int` value, or NULL for `nil`.
    public static func int(_ value: Int?) -> SQLValue { value.map { .integer(Int64($0)) } ?? .null }
    /// A `Double` value, or NULL for `nil`.
    public static func double(_ value: Double?) -> SQLValue { value.map { .real($0) } ?? .null }
    /// A `String` value, or NULL for `nil`.
    public static func string(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }
    /// A `Bool` stored as 0 / 1.
    public static func bool(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }

    /// The value as an `Int`, if it is an integer (or a real with no fraction).
    public var intValue: Int? {
        switch self {
        case .integer(let i): Int(exactly: i)
        case .real(let d): Int(exactly: d)
        default: nil
        }
    }

    /// The value as a `Double`, if it is numeric.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .real(let d): d
        default: nil
        }
    }

    /// The value as a `String`, if it is text.
    public var stringValue: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    /// The value as a `Bool` (non-zero integer is true), if it is an integer.
    public var boolValue: Bool? { intValue.map { $0 != 0 } }

    /// Whether the value is NULL.
    public var isNull: Bool { self == .null }
}

/// One row of a query's result, with its columns by name.
public struct SQLRow: Sendable, Hashable {
    /// The columns, by name (as written in the query's select list).
    public let columns: [String: SQLValue]

    /// Creates a row.
    public init(columns: [String: SQLValue]) { self.columns = columns }

    /// The column's value, or NULL when there is no such column.
    public subscript(column: String) -> SQLValue { columns[column] ?? .null }

    /// A column that must be a whole number.
    public func int(_ column: String) throws -> Int {
        guard let value = self[column].intValue else { throw StorageError.unexpectedValue(column: column, self[column]) }
        return value
    }

    /// A column that must be a number.
    public func double(_ column: String) throws -> Double {
        guard let value = self[column].doubleValue else { throw StorageError.unexpectedValue(column: column, self[column]) }
        return value
    }

    /// A column that must be text.
    public func string(_ column: String) throws -> String {
        guard let value = self[column].stringValue else { throw StorageError.unexpectedValue(column: column, self[column]) }
        return value
    }
}
