internal import CYPHubClient
internal import CYPHubCore
internal import CYPHubHost
internal import CYPHubModules
internal import CYPHubTesting
internal import Foundation
internal import SocialCareModule
internal import Testing

/// The host applies the host's and every enabled module's migrations with one migrator, recording the
/// same ids the per-module migrators did, so databases already deployed migrate again without change.
@Suite struct HostMigrationTests {
    private func temporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-migration-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    private func recordedIDs(_ storage: Storage) async throws -> [String] {
        try await storage.read { db in try db.fetchAll(String.self, "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }

    private func schema(_ storage: Storage) async throws -> [String] {
        try await storage.read { db in
            try db.fetchAll(String.self, "SELECT type || ' ' || name || ': ' || IFNULL(sql, '') FROM sqlite_master ORDER BY name")
        }
    }

    @Test func aNewDatabaseRecordsTheIdsTheOldCodeRecordedInTheSameOrder() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let ids = try await TestHost.withRunning(modules: BuiltInModules.all, dataDirectory: directory) { host in
            try await recordedIDs(host.host.storage)
        }
        #expect(ids.filter { !OldDatabaseFixture.addedSince.contains($0) } == OldDatabaseFixture.migrationIDs)
        #expect(ids.filter { OldDatabaseFixture.addedSince.contains($0) } == OldDatabaseFixture.addedSince)
    }

    @Test func aDatabaseMigratedByTheOldCodeStartsWithNothingRunAgainAndServes() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let before: [String]
        do {
            let old = try Storage.open(path: directory + "/" + HubHost.databaseFileName)
            try await old.write { db in try db.execute(OldDatabaseFixture.sql) }
            before = try await schema(old)
        }
        #expect(before.count > 30)

        try await TestHost.withRunning(modules: BuiltInModules.all, dataDirectory: directory) { host in
            let storage = host.host.storage
            // The old migrations are not run again; the ones added since run after them.
            #expect(try await recordedIDs(storage) == OldDatabaseFixture.migrationIDs + OldDatabaseFixture.addedSince)
            // Their tables, triggers and indexes (SQLite's own for UNIQUE columns included).
            let added = { (line: String) in
                line.split(separator: " ").dropFirst().first.map { name in
                    OldDatabaseFixture.addedTableNames.contains { name.contains($0) }
                } == true
            }
            #expect(try await schema(storage).filter { !added($0) } == before)

            // The old tables take an import and serve it back.
            let client = try await host.connect()
            let socialCare = SocialCareClient(caller: client)
            _ = try await socialCare.importCSV(
                dataset: .workerCaseloads, fileName: "workers.csv",
                csv: """
                    authority_code,snapshot_date,worker_id,team_id,team_type,cases
                    E06000016,2024-10-04,W2,T1,cin,12
                    E06000016,2024-10-04,W1,T1,cin,18
                    """)
            let caseloads = try await socialCare.caseloads(authority: "E06000016", includeWorkers: true)
            #expect(caseloads.workers.map(\.workerId) == ["W1", "W2"])
            #expect(caseloads.workers.map(\.cases) == [18, 12])
            await client.close()
        }
    }
}
