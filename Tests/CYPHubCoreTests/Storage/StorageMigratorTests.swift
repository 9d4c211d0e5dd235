internal import CYPHubCore
internal import Foundation
internal import Synchronization
internal import Testing

/// The order migrations ran in, across modules.
private final class RunLog: Sendable {
    private let entries = Mutex<[String]>([])
    var ids: [String] { entries.withLock { $0 } }

    /// A migration that creates `table` and records that it ran.
    func migration(_ id: String, table: String) -> Migration {
        let label = "\(table):\(id)"
        return Migration(id: id) { db in
            try db.execute("CREATE TABLE \(table) (v INTEGER)")
            self.entries.withLock { $0.append(label) }
        }
    }
}

/// A module with only migrations.
private struct SchemaModule: DomainModule {
    let descriptor: ModuleDescriptor
    let migrations: [Migration]

    init(_ id: String, _ migrations: [Migration]) {
        descriptor = ModuleDescriptor(id: id, name: id, version: "1.0.0", protoPackage: "test.\(id).v1")
        self.migrations = migrations
    }

    func registerMethods(with router: inout Router, context: ModuleContext) throws {}
}

@Suite struct StorageMigratorTests {
    /// The migration ids the database records, in the order they were applied.
    private func recorded(_ storage: Storage) async throws -> [String] {
        try await storage.read { db in try db.fetchAll(String.self, "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }

    @Test func appliesEveryModulesMigrationsOnceInModuleOrder() async throws {
        let log = RunLog()
        let modules = [
            SchemaModule("social-care", [log.migration("001-create", table: "sc_a"), log.migration("002-more", table: "sc_b")]),
            SchemaModule("send", [log.migration("001-create", table: "send_a")]),
            SchemaModule("empty", []),
        ]
        var migrator = StorageMigrator()
        try migrator.register(namespace: "host", [log.migration("001-demo-data", table: "host_a")])
        try migrator.register(modules: modules)
        let expected = ["host/001-demo-data", "social-care/001-create", "social-care/002-more", "send/001-create"]
        #expect(migrator.migrationIDs == expected)

        let storage = try Storage.inMemory()
        #expect(try migrator.migrate(storage) == expected)
        #expect(log.ids == ["host_a:001-demo-data", "sc_a:001-create", "sc_b:002-more", "send_a:001-create"])
        #expect(try await recorded(storage) == expected)

        // Again: nothing runs.
        #expect(try migrator.migrate(storage) == [])
        #expect(log.ids.count == 4)
    }

    @Test func refusesAnIdRegisteredTwiceAndKeepsWhatWasRegistered() throws {
        var migrator = StorageMigrator()
        try migrator.register(namespace: "send", [Migration(id: "001", sql: "SELECT 1")])
        // The same migration id in another namespace is another id.
        try migrator.register(namespace: "capital", [Migration(id: "001", sql: "SELECT 1")])
        #expect(throws: StorageError.duplicateMigration(id: "send/001")) {
            try migrator.register(namespace: "send", [Migration(id: "002", sql: "SELECT 1"), Migration(id: "001", sql: "SELECT 1")])
        }
        #expect(throws: StorageError.duplicateMigration(id: "workforce/001")) {
            try migrator.register(namespace: "workforce", [Migration(id: "001", sql: "SELECT 1"), Migration(id: "001", sql: "SELECT 2")])
        }
        #expect(throws: StorageError.duplicateMigration(id: "capital/001")) {
            try migrator.register(modules: [SchemaModule("capital", [Migration(id: "001", sql: "SELECT 1")])])
        }
        #expect(migrator.migrationIDs == ["send/001", "capital/001"])
        #expect(StorageError.duplicateMigration(id: "send/001").description == "migration send/001 is registered twice")
    }

    /// A database the host migrated before there was one migrator: one GRDB `DatabaseMigrator` per
    /// namespace, recording `<namespace>/<migration id>` in `grdb_migrations` (GRDB's own table,
    /// written here exactly as GRDB writes it), with the modules' tables and data in place.
    @Test func aDatabaseMigratedModuleByModuleKeepsItsMigrationsAndRunsOnlyNewOnes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("storage-migrator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("cyphub.sqlite").path

        let oldIDs = ["host/001-demo-data", "social-care/001-create", "send/001-create", "send/002-index"]
        do {
            let old = try Storage.open(path: path)
            try await old.write { db in
                try db.execute(
                    """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    CREATE TABLE cyphub_demo_data (module_id TEXT PRIMARY KEY, loaded_at TEXT NOT NULL);
                    CREATE TABLE sc_a (v INTEGER);
                    CREATE TABLE send_a (v INTEGER);
                    CREATE INDEX send_a_v ON send_a (v);
                    INSERT INTO sc_a (v) VALUES (41);
                    """)
                try db.executeMany("INSERT INTO grdb_migrations VALUES (?)", rows: oldIDs.map { [.text($0)] })
            }
        }

        let log = RunLog()
        var migrator = StorageMigrator()
        try migrator.register(namespace: "host", [log.migration("001-demo-data", table: "cyphub_demo_data")])
        try migrator.register(
            modules: [
                SchemaModule("social-care", [log.migration("001-create", table: "sc_a")]),
                SchemaModule(
                    "send",
                    [
                        log.migration("001-create", table: "send_a"),
                        Migration(id: "002-index", sql: "CREATE INDEX send_a_v ON send_a (v)"),
                    ]),
            ])

        let reopened = try Storage.open(path: path)
        #expect(try migrator.migrate(reopened) == [])
        #expect(log.ids.isEmpty)
        #expect(try await recorded(reopened) == oldIDs)
        #expect(try await reopened.read { db in try db.fetchOne(Int.self, "SELECT v FROM sc_a") } == 41)

        // A module's new migration, and a new module, run alone, after what is recorded.
        try migrator.register(modules: [SchemaModule("capital", [log.migration("001-create", table: "cap_a")])])
        var later = StorageMigrator()
        try later.register(namespace: "host", [log.migration("001-demo-data", table: "cyphub_demo_data")])
        try later.register(
            modules: [
                SchemaModule(
                    "social-care", [log.migration("001-create", table: "sc_a"), log.migration("002-workers", table: "sc_b")]),
                SchemaModule("capital", [log.migration("001-create", table: "cap_a")]),
            ])
        #expect(try later.migrate(reopened) == ["social-care/002-workers", "capital/001-create"])
        #expect(log.ids == ["sc_b:002-workers", "cap_a:001-create"])
        // send is not enabled now: its recorded migrations are left alone.
        #expect(try await recorded(reopened) == oldIDs + ["social-care/002-workers", "capital/001-create"])
    }

    @Test func aFailingMigrationIsUndoneAndStopsTheOnesAfterIt() async throws {
        let log = RunLog()
        var migrator = StorageMigrator()
        try migrator.register(
            modules: [
                SchemaModule("a", [log.migration("001", table: "a_t")]),
                SchemaModule(
                    "b",
                    [
                        Migration(
                            id: "001", sql: "CREATE TABLE b_t (v INTEGER); INSERT INTO b_t VALUES (1); INSERT INTO missing VALUES (1)")
                    ]),
                SchemaModule("c", [log.migration("001", table: "c_t")]),
            ])
        let storage = try Storage.inMemory()
        let error = #expect(throws: StorageError.self) { try migrator.migrate(storage) }
        guard case .migration(let id, let reason) = error else {
            Issue.record("expected a migration error, got \(String(describing: error))")
            return
        }
        #expect(id == "b/001")
        #expect(reason.contains("missing"))
        #expect(log.ids == ["a_t:001"])
        #expect(try await recorded(storage) == ["a/001"])
        let tables = try await storage.read { db in
            try db.fetchAll(
                String.self, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_t' ESCAPE '\\' ORDER BY name")
        }
        #expect(tables == ["a_t"])
    }
}
