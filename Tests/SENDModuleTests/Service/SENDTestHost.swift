import CYPHubCore
@testable import SENDModule

/// An in-memory database with the module's migrations and, optionally, its demo data; a client over it.
struct SENDTestHost {
    let storage: Storage
    let client: SENDClient

    init(demo: Bool) async throws {
        storage = try Storage.inMemory()
        let caller = try InProcessCaller.forModule(SENDModule(), storage: storage)
        client = SENDClient(caller: caller)
        if demo { try await SENDDemoData.load(into: SENDImporter(storage: storage)) }
    }

    /// The number of rows in one of the module's tables.
    func count(_ table: String) async throws -> Int {
        try await storage.read { db in try db.row("SELECT COUNT(*) AS n FROM \(table)")?.int("n") ?? -1 }
    }
}
