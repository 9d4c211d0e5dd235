import Foundation
internal import GRDB

/// The database inside one ``Storage/read(_:)`` or ``Storage/write(_:)`` closure. Valid only there.
public struct SQLConnection {
    let database: Database

    init(database: Database) { self.database = database }

    /// Runs one or more statements.
    public func execute(_ sql: String, _ arguments: [SQLValue] = []) throws {
        do {
            if arguments.isEmpty {
                try database.execute(sql: sql)
            } else {
                try database.execute(sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
            }
        } catch {
            throw StorageError.statement(sql: sql, reason: "\(error)")
        }
    }

    /// Runs one statement once per row of arguments, preparing it once.
    public func executeMany(_ sql: String, rows: [[SQLValue]]) throws {
        do {
            let statement = try database.makeStatement(sql: sql)
            for row in rows {
                try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
            }
        } catch {
            throw StorageError.statement(sql: sql, reason: "\(error)")
        }
    }

    /// Runs a query and returns its rows.
    public func rows(_ sql: String, _ arguments: [SQLValue] = []) throws -> [SQLRow] {
        do {
            let rows = try Row.fetchAll(database, sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
            return rows.map { row in
                var columns: [String: SQLValue] = [:]
                for (name, value) in row { columns[name] = SQLValue(value) }
                return SQLRow(columns: columns)
            }
        } catch {
            throw StorageError.statement(sql: sql, reason: "\(error)")
        }
    }

    /// Runs a query and returns its first row, if any.
    public func row(_ sql: String, _ arguments: [SQLValue] = []) throws -> SQLRow? {
        try rows(sql, arguments).first
    }

    /// The number of rows the last statement changed.
    public var changes: Int { database.changesCount }
}

extension SQLValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let i): i.databaseValue
        case .real(let d): d.databaseValue
        case .text(let s): s.databaseValue
        case .blob(let b): Data(b).databaseValue
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let i): self = .integer(i)
        case .double(let d): self = .real(d)
        case .string(let s): self = .text(s)
        case .blob(let data): self = .blob([UInt8](data))
        }
    }
}
