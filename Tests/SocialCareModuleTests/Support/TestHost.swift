import CYPHubCore

@testable import SocialCareModule

/// An in-memory database with the module's migrations applied, and a client over it.
struct TestHost {
    let storage: Storage
    let caller: InProcessCaller
    var client: SocialCareClient { SocialCareClient(caller: caller) }

    init(settings: [String: SettingValue] = [:]) throws {
        storage = try Storage.inMemory()
        caller = try InProcessCaller.forModule(SocialCareModule(), storage: storage, settings: settings)
    }

    /// A host with the demo data (Leicester, 2024-07-05 and 2024-10-04) loaded.
    static func withDemoData(settings: [String: SettingValue] = [:]) async throws -> TestHost {
        let host = try TestHost(settings: settings)
        try await SocialCareModule.loadDemoData(into: host.storage)
        return host
    }

    /// Counts the rows of a table.
    func count(_ table: String, authority: String = "E06000016") async throws -> Int {
        try await storage.read { db in
            try db.row("SELECT COUNT(*) AS n FROM \(table) WHERE authority = ?", [.text(authority)])?.int("n") ?? 0
        }
    }
}

/// The demand template's header, for hand-written test files.
let demandHeader = Dataset.demandSnapshot.templateHeader
