internal import GRDB

/// The database inside one ``Storage/read(_:)`` or ``Storage/write(_:)`` closure. Valid only there.
///
/// Queries and ``executeMany(_:rows:)`` use statements prepared once per database connection and
/// reused (keyed by their SQL text), so the same SQL run in a loop or on every call is not prepared
/// again. Keep values out of the SQL text and pass them as arguments, or every value makes a new
/// statement.
public struct SQLConnection {
    let database: Database

    init(database: Database) { self.database = database }

    /// Runs one or more statements. One statement with arguments uses a cached prepared statement;
    /// without arguments the SQL may hold several statements (a schema change, say) and is prepared
    /// each time.
    public func execute(_ sql: String, _ arguments: [SQLValue] = []) throws {
        do {
            if arguments.isEmpty {
                try database.execute(sql: sql)
            } else if let statement = try cachedStatement(sql) {
                try statement.execute(arguments: StatementArguments(arguments))
            } else {
                try database.execute(sql: sql, arguments: StatementArguments(arguments))
            }
        } catch {
            throw StorageError.statement(sql: sql, reason: "\(error)")
        }
    }

    /// Runs one statement once per row of arguments, preparing it once per connection.
    public func executeMany(_ sql: String, rows: [[SQLValue]]) throws {
        do {
            let statement = try database.cachedStatement(sql: sql)
            for row in rows {
                try statement.execute(arguments: StatementArguments(row))
            }
        } catch {
            throw StorageError.statement(sql: sql, reason: "\(error)")
        }
    }

    /// Runs a query and decodes every row into `type`, reading each row in place.
    ///
    /// A row that does not decode throws the decoder's error (a ``StorageError`` naming the column
    /// for a missing column or a wrong type); a failing statement throws ``StorageError/statement(sql:reason:)``.
    public func fetchAll<Record: SQLRowDecodable>(_ type: Record.Type, _ sql: String, _ arguments: [SQLValue] = []) throws
        -> [Record]
    {
        var records: [Record] = []
        try forEachRow(sql, arguments) { row in
            records.append(try Record(row: row))
            return true
        }
        return records
    }

    /// Runs a query and decodes its first row into `type`, if there is one. Later rows are not read.
    public func fetchOne<Record: SQLRowDecodable>(_ type: Record.Type, _ sql: String, _ arguments: [SQLValue] = []) throws
        -> Record?
    {
        var record: Record?
        try forEachRow(sql, arguments) { row in
            record = try Record(row: row)
            return false
        }
        return record
    }

    /// Runs a query and returns its rows, each copied into a dictionary by column name.
    ///
    /// Prefer ``fetchAll(_:_:_:)`` with an ``SQLRowDecodable`` type for anything read often or in bulk.
    public func rows(_ sql: String, _ arguments: [SQLValue] = []) throws -> [SQLRow] {
        try fetchAll(SQLRow.self, sql, arguments)
    }

    /// Runs a query and returns its first row, if any, copied into a dictionary by column name.
    public func row(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLRow? {
        try fetchOne(SQLRow.self, sql, arguments)
    }

    /// The number of rows the last statement changed.
    public var changes: Int { database.changesCount }

    /// Steps through the query's rows with one cursor over the cached statement until `body`
    /// returns false. Errors from `body` pass through unchanged; SQLite's become ``StorageError``.
    private func forEachRow(_ sql: String, _ arguments: [SQLValue], _ body: (SQLRowCursor) throws -> Bool) throws {
        let statement: Statement
        let rows: RowCursor
        do {
            statement = try database.cachedStatement(sql: sql)
            rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
        } catch {
            throw StorageError.statement(sql: sql, reason: "\(error)")
        }
        var layout: SQLColumnLayout?
        while true {
            let row: Row?
            do {
                row = try rows.next()
            } catch {
                throw StorageError.statement(sql: sql, reason: "\(error)")
            }
            guard let row else { return }
            let current = layout ?? SQLColumnLayout(statement: statement, row: row)
            layout = current
            guard try body(SQLRowCursor(layout: current)) else { return }
        }
    }

    /// The cached statement for `sql`, or nil when `sql` holds several statements (which
    /// `execute` then runs uncached).
    private func cachedStatement(_ sql: String) throws -> Statement? {
        do {
            return try database.cachedStatement(sql: sql)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_MISUSE {
            return nil
        }
    }
}
