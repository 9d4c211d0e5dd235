/// A database operation that failed.
public enum StorageError: Error, Sendable, Equatable, CustomStringConvertible, RPCErrorConvertible {
    /// The database could not be opened or migrated.
    case open(path: String, reason: String)
    /// A statement failed (constraint, syntax, I/O).
    case statement(sql: String, reason: String)
    /// A migration failed; nothing of it was applied.
    case migration(id: String, reason: String)
    /// A column held a value of the wrong type.
    case unexpectedValue(column: String, SQLValue)
    /// A typed read found a column's value of another type than the one asked for.
    case wrongType(column: String, expected: String, value: SQLValue)
    /// A typed read asked for a column the query's result does not have (`#n` for a position).
    case noSuchColumn(column: String, columns: [String])
    /// Two migrations were registered with the same namespaced id.
    case duplicateMigration(id: String)

    /// A sentence for logs.
    public var description: String {
        switch self {
        case .open(let path, let reason): "cannot open database \(path): \(reason)"
        case .statement(let sql, let reason): "statement failed (\(reason)): \(sql)"
        case .migration(let id, let reason): "migration \(id) failed: \(reason)"
        case .unexpectedValue(let column, let value): "column \(column) holds unexpected value \(value)"
        case .wrongType(let column, let expected, let value): "column \(column) holds \(Self.describe(value)), not \(expected)"
        case .noSuchColumn(let column, let columns):
            "no column \(column) in the result (columns: \(columns.joined(separator: ", ")))"
        case .duplicateMigration(let id): "migration \(id) is registered twice"
        }
    }

    /// Storage failures are the host's fault: `INTERNAL`, without the SQL.
    public var rpcError: RPCError {
        RPCError(code: .internalError, message: "storage error", cause: self)
    }

    private static func describe(_ value: SQLValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let value): "integer \(value)"
        case .real(let value): "real \(value)"
        case .text(let value): "text '\(value.count > 40 ? value.prefix(40) + "…" : Substring(value))'"
        case .blob(let bytes): "a blob of \(bytes.count) bytes"
        }
    }
}
