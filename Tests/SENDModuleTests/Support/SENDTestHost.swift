import CYPHubCore
import CYPHubTesting
@testable import SENDModule

/// A host running the SEND module in process (the real protobuf-c codec and the host's dispatch table, no
/// socket), with or without its demo data, and a client over it.
struct SENDTestHost {
    /// The running host.
    let host: TestHost
    /// A client calling the host's SEND methods.
    let client: SENDClient

    /// The host's database.
    var storage: Storage { host.storage }

    /// Starts a host with the SEND module (and its demo data when `demo`), runs `body`, then stops it.
    static func withRunning(demo: Bool, _ body: (SENDTestHost) async throws -> Void) async throws {
        try await TestHost.withRunning(modules: [SENDModule()], demoData: demo, mode: .inProcess) { host in
            try await body(SENDTestHost(host: host, client: SENDClient(caller: try await host.caller())))
        }
    }

    /// The number of rows in one of the module's tables.
    func count(_ table: String) async throws -> Int {
        try await storage.read { db in try db.row("SELECT COUNT(*) AS n FROM \(table)")?.int("n") ?? -1 }
    }
}
