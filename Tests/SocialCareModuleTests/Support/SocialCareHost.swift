import CYPHubCore
import CYPHubTesting

@testable import SocialCareModule

/// Runs `body` against a host with the social care module, in process: every call goes through the real protobuf-c
/// codec and the host's dispatch table. `demoData` loads Leicester (2024-07-05 and 2024-10-04) through the module's
/// importer; `settings` are the module's (`modules.settings.social-care`).
func withSocialCare<T: Sendable>(
    demoData: Bool = false,
    settings: [String: SettingValue] = [:],
    _ body: (SocialCareClient, TestHost) async throws -> T
) async throws -> T {
    try await TestHost.withRunning(
        modules: [SocialCareModule()], moduleSettings: ["social-care": settings], demoData: demoData, mode: .inProcess
    ) { host in
        try await body(SocialCareClient(caller: try await host.caller()), host)
    }
}

extension TestHost {
    /// Counts the rows of a table for an authority.
    func count(_ table: String, authority: String = "E06000016") async throws -> Int {
        try await storage.read { db in
            try db.row("SELECT COUNT(*) AS n FROM \(table) WHERE authority = ?", [.text(authority)])?.int("n") ?? 0
        }
    }
}

/// The demand template's header, for hand-written test files.
let demandHeader = Dataset.demandSnapshot.templateHeader
