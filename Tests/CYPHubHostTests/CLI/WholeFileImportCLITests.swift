import CYPHubCore
import CYPHubTesting
import CapitalModule
import Foundation
import IndicatorsModule
import Testing

@testable import CYPHubHost

/// `cyp indicators import` and `cyp capital import` with files over one piece (1 MiB): streamed, held whole by the host
/// and imported as `Import` does, or refused naming the line.
@Suite struct WholeFileImportCLITests {
    /// A temporary directory for `body`'s files.
    static func inDirectory(_ body: (URL) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyp-whole-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(directory)
    }

    static func size(_ url: URL) throws -> Int { try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0 }

    /// The methods of the calls the host has answered, oldest first.
    static func methods(_ host: TestHost) async throws -> [String] {
        try await AuditLogTests.records(host).map(\.method)
    }

    @Test func indicatorsObservationsOverOnePieceAreStreamedAndStoredOrRefused() async throws {
        try await TestHost.withRunning(modules: [IndicatorsModule()]) { host in
            try await Self.inDirectory { directory in
                var definitions = "indicator_id,name,value_type,polarity,frequency,decimal_places\n"
                for id in 0..<200 { definitions += "m\(id),Monthly \(id),number,none,month,0\n" }
                _ = try await IndicatorsClient(caller: try await host.caller()).importCSV(
                    dataset: .definitions, fileName: "d.csv", csv: definitions)
                func observations(badLine: Int?) -> String {
                    var text = "authority_code,indicator_id,period,value,numerator,denominator,source\n"
                    for row in 0..<40_000 {
                        let month = row / 200
                        let period = "\(2000 + month / 12)-\(month % 12 < 9 ? "0" : "")\(month % 12 + 1)"
                        text += "E06000016,m\(row % 200),\(period),\(row + 2 == badLine ? "lots" : "12"),,,test\n"
                    }
                    return text
                }
                let good = directory.appendingPathComponent("obs.csv")
                try observations(badLine: nil).write(to: good, atomically: true, encoding: .utf8)
                #expect(try Self.size(good) > FilePieces.defaultPieceBytes)
                let stored = try await CYPProcess.run(["--server", host.address, "indicators", "import", "observations", good.path])
                #expect(stored.status == 0, "\(stored.stderr)")
                #expect(stored.stdout.contains("Stored 40,000 rows from obs.csv into observations."))
                #expect(stored.stderr.isEmpty)

                let bad = directory.appendingPathComponent("bad.csv")
                try observations(badLine: 39_999).write(to: bad, atomically: true, encoding: .utf8)
                let refused = try await CYPProcess.run(["--server", host.address, "indicators", "import", "observations", bad.path])
                #expect(refused.status == 1)
                #expect(refused.stderr.contains("INVALID_ARGUMENT"))
                #expect(refused.stderr.contains("bad.csv:39999: column value:"))
                let stream = Indicators.Method.ImportStream.descriptor.fullName
                #expect(try await Self.methods(host) == [Indicators.Method.Import.descriptor.fullName, stream, stream])
            }
        }
    }

    @Test func capitalFilesOverOnePieceTogetherAreStreamedAndStoredOrRefused() async throws {
        try await TestHost.withRunning(modules: [CapitalModule()]) { host in
            try await Self.inDirectory { directory in
                let count = 12_000
                var projects = "project_id,name,category,gross_cost\n"
                var spend = "project_id,year,amount\n"
                for project in 0..<count {
                    projects += "P\(project),Roofs \(project),strategic_capital_maintenance,3\n"
                    for year in ["2024/25", "2025/26", "2026/27"] { spend += "P\(project),\(year),1\n" }
                }
                let (projectsFile, spendFile) = (directory.appendingPathComponent("p.csv"), directory.appendingPathComponent("s.csv"))
                try projects.write(to: projectsFile, atomically: true, encoding: .utf8)
                try spend.write(to: spendFile, atomically: true, encoding: .utf8)
                #expect(try Self.size(projectsFile) < FilePieces.defaultPieceBytes)
                #expect(try Self.size(projectsFile) + Self.size(spendFile) > FilePieces.defaultPieceBytes)
                func run(_ version: String, spend: URL) async throws -> CYPProcess.Result {
                    try await CYPProcess.run([
                        "--server", host.address, "capital", "import", "--authority", "E06000016", "--version", version,
                        "--label", "Big", "--first-year", "2024/25", "--last-year", "2026/27", "--projects", projectsFile.path,
                        "--spend", spend.path,
                    ])
                }
                let stored = try await run("2024-01-01", spend: spendFile)
                #expect(stored.status == 0, "\(stored.stderr)")
                #expect(stored.stdout.contains("projects 12,000 rows (p.csv), spend 36,000 rows (s.csv)"))
                #expect(stored.stderr.isEmpty)

                let badSpend = directory.appendingPathComponent("bad.csv")
                try (spend + "Q,2024/25,5\n").write(to: badSpend, atomically: true, encoding: .utf8)
                let refused = try await run("2024-06-01", spend: badSpend)
                #expect(refused.status == 1)
                #expect(refused.stderr.contains("bad.csv:\(3 * count + 2): column project_id: spend for an unknown project 'Q'"))
                let versions = try await host.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM cap_version")?.int("n") }
                #expect(versions == 1)
                let stream = Capital.Method.ImportStream.descriptor.fullName
                #expect(try await Self.methods(host) == [stream, stream])
            }
        }
    }
}
