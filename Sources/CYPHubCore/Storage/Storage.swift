import Foundation
internal import GRDB

/// The host's database: one SQLite file under the data directory (or in memory for tests).
///
/// Reads run concurrently; each ``write(_:)`` is one transaction: all of it is stored or none.
public struct Storage: Sendable {
    let writer: any DatabaseWriter
    /// Where the database lives (`:memory:` for an in-memory one).
    public let path: String

    private init(writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    /// Opens (creating if needed) the database file at `path`, in WAL mode.
    public static func open(path: String) throws -> Storage {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let pool = try DatabasePool(path: path, configuration: configuration)
            return Storage(writer: pool, path: path)
        } catch {
            throw StorageError.open(path: path, reason: "\(error)")
        }
    }

    /// An empty in-memory database, for tests.
    public static func inMemory() throws -> Storage {
        do {
            return Storage(writer: try DatabaseQueue(), path: ":memory:")
        } catch {
            throw StorageError.open(path: ":memory:", reason: "\(error)")
        }
    }

    /// Reads in a consistent snapshot.
    public func read<T: Sendable>(_ body: @escaping @Sendable (SQLConnection) throws -> T) async throws -> T {
        try await writer.read { database in try body(SQLConnection(database: database)) }
    }

    /// Writes in one transaction: if `body` throws, nothing it did is kept.
    public func write<T: Sendable>(_ body: @escaping @Sendable (SQLConnection) throws -> T) async throws -> T {
        try await writer.write { database in try body(SQLConnection(database: database)) }
    }

    /// Applies one namespace's migrations not yet applied, each in its own transaction, in order.
    /// Ids are namespaced: `<namespace>/<migration id>`.
    ///
    /// For tools and tests that set up one module's tables. The host registers the host's and every
    /// enabled module's migrations into one ``StorageMigrator`` and applies them once, in module order.
    public func migrate(namespace: String, _ migrations: [Migration]) throws {
        var migrator = StorageMigrator()
        try migrator.register(namespace: namespace, migrations)
        try migrator.migrate(self)
    }

    /// Closes the database: later reads and writes fail. The host closes it at shutdown, once the server has drained
    /// and the modules' services have stopped.
    public func close() throws {
        do {
            try writer.close()
        } catch {
            throw StorageError.open(path: path, reason: "could not close: \(error)")
        }
    }

    /// Checks that the database answers (used by health checks).
    public func ping() async -> Bool {
        (try? await read { connection in try connection.row("SELECT 1 AS one") != nil }) ?? false
    }
}
