internal import GRDB
internal import Synchronization

/// Every schema change of the database, in one migrator applied once at start-up: the host's own,
/// then each enabled module's, in module order.
///
/// Ids are namespaced `<namespace>/<migration id>` (a module's namespace is its id), the ids the
/// host has always recorded, so a database migrated module by module keeps its applied
/// migrations and none runs again. An id registered twice is an error, not a replacement.
///
/// ```swift
/// var migrator = StorageMigrator()
/// try migrator.register(namespace: "host", hostMigrations)
/// try migrator.register(modules: enabledModules)
/// let applied = try migrator.migrate(storage)
/// ```
public struct StorageMigrator: Sendable {
    private var migrations: [(id: String, migration: Migration)] = []
    private var ids: Set<String> = []

    /// An empty migrator.
    public init() {}

    /// A migrator with each module's migrations registered under its id, in the order given.
    public init(modules: [any DomainModule]) throws {
        try register(modules: modules)
    }

    /// The namespaced ids, in the order they apply.
    public var migrationIDs: [String] { migrations.map(\.id) }

    /// Registers `migrations` under `namespace`, after everything registered so far.
    ///
    /// Throws ``StorageError/duplicateMigration(id:)`` (registering nothing) when a namespaced id is
    /// already registered or repeats within `migrations`.
    public mutating func register(namespace: String, _ migrations: [Migration]) throws {
        var added: Set<String> = []
        for migration in migrations {
            let id = "\(namespace)/\(migration.id)"
            guard !ids.contains(id), added.insert(id).inserted else { throw StorageError.duplicateMigration(id: id) }
        }
        ids.formUnion(added)
        self.migrations += migrations.map { ("\(namespace)/\($0.id)", $0) }
    }

    /// Registers each module's migrations under the module's id, in the order given.
    public mutating func register(modules: [any DomainModule]) throws {
        for module in modules {
            try register(namespace: module.descriptor.id, module.migrations)
        }
    }

    /// Applies, in registration order, every migration not yet applied to `storage`, each in its own
    /// transaction, and returns the ids it applied. Ids the database records that are not registered
    /// here (a module no longer enabled) are left alone.
    ///
    /// Throws ``StorageError/migration(id:reason:)`` for the first migration that fails; it and the
    /// ones after it are not applied.
    @discardableResult
    public func migrate(_ storage: Storage) throws -> [String] {
        let applied = AppliedMigrations()
        var migrator = DatabaseMigrator()
        for (id, migration) in migrations {
            migrator.registerMigration(id) { database in
                do {
                    try migration.apply(SQLConnection(database: database))
                } catch {
                    throw StorageError.migration(id: id, reason: "\(error)")
                }
                applied.append(id)
            }
        }
        do {
            try migrator.migrate(storage.writer)
        } catch let error as StorageError {
            throw error
        } catch {
            throw StorageError.migration(id: "grdb_migrations", reason: "\(error)")
        }
        return applied.ids
    }
}

/// The ids a migration run applied, appended from inside GRDB's migration closures.
private final class AppliedMigrations: Sendable {
    private let state = Mutex<[String]>([])

    var ids: [String] { state.withLock { $0 } }

    func append(_ id: String) { state.withLock { $0.append(id) } }
}
