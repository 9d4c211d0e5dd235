/// A database operation that failed.
public enum StorageError: Error, Sendable, CustomStringConvertible, RPCErrorConvertible {
    /// The database could not be opened or migrated.
    case open(path: String, reason: String)
    /// A statement failed (constraint, syntax, I/O).
    case statement(sql: String, reason: String)
    /// A migration failed; nothing of it was applied.
    case migration(id: String, reason: String)
    /// A column held a value of the wrong type.
    case unexpectedValue(column: String, SQLValue)

    /// A sentence for logs.
    public var description: String {
        switch self {
        case .open(let path, let reason): "cannot open database \(path): \(reason)"
        case .statement(let sql, let reason): "statement failed (\(reason)): \(sql)"
        case .migration(let id, let reason): "migration \(id) failed: \(reason)"
        case .unexpectedValue(let column, let value): "column \(column) holds unexpected value \(value)"
        }
    }

    /// Storage failures are the host's fault: `INTERNAL`, without the SQL.
    public var rpcError: RPCError {
        RPCError(code: .internalError, message: "storage error", cause: self)
    }
}
