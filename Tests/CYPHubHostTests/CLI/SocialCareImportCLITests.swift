import CYPHubCore
import CYPHubTesting
import Foundation
import SocialCareModule
import Testing

/// `cyp social-care import` with a file over one piece (1 MiB): streamed, stored whole, or refused naming the line.
@Suite struct SocialCareImportCLITests {
    static func workerFile(rows: Int, badLine: Int? = nil) -> String {
        var text = Dataset.workerCaseloads.templateHeader + "\n"
        for row in 0..<rows {
            text += "E06000016,2024-10-04,W\(row + 1_000_000),T\(row % 40),cin,\(row + 2 == badLine ? "-3" : String(row % 30)),\n"
        }
        return text
    }

    @Test func aFileOverOnePieceIsStreamedAndStoredOrRefusedWhole() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyp-stream-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let good = directory.appendingPathComponent("workers.csv")
            try Self.workerFile(rows: 40_000).write(to: good, atomically: true, encoding: .utf8)
            #expect(try good.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0 > FilePieces.defaultPieceBytes)
            let stored = try await CYPProcess.run(["--server", host.address, "social-care", "import", "worker_caseloads", good.path])
            #expect(stored.status == 0, "\(stored.stderr)")
            #expect(stored.stdout.contains("Stored 40,000 rows from workers.csv into worker_caseloads"))
            // Not a terminal: no progress line.
            #expect(stored.stderr.isEmpty)

            let bad = directory.appendingPathComponent("bad.csv")
            try Self.workerFile(rows: 40_000, badLine: 39_999).write(to: bad, atomically: true, encoding: .utf8)
            let refused = try await CYPProcess.run(["--server", host.address, "social-care", "import", "worker_caseloads", bad.path])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("INVALID_ARGUMENT"))
            #expect(refused.stderr.contains("bad.csv:39999: column cases:"))
            let rows = try await host.storage.read { db in
                try db.row("SELECT COUNT(*) AS n FROM sc_worker_caseloads")?.int("n") ?? 0
            }
            #expect(rows == 40_000)
        }
    }
}
