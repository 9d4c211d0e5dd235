import CYPHubClient
import CYPHubCore
import CYPHubTesting
import Crypto
import Foundation
import SocialCareModule
import Testing

/// `cyp snapshots publish|list|pull` against a real host: a pull over a link that drops in the middle keeps the chunks
/// it verified, and run again fetches only the rest, writing the same bytes as a pull that never dropped.
@Suite struct SnapshotsCLITests {
    static let leicester = "E06000016"

    @Test func aPullCutOffMidwayResumesFromTheLastVerifiedChunkAndWritesTheSameBytes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyp-pull-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await TestHost.withRunning(modules: [SocialCareModule()], demoData: true) { host in
            let client = try await host.connect()
            _ = try await SocialCareClient(caller: client).import(
                ImportRequest(dataset: .workerCaseloads, fileName: "workers.csv", csv: SnapshotServiceTests.manyWorkers))
            await client.close()
            let snapshot = ["social-care", Self.leicester, "2024-10-04", "--kind", "records"]

            let published = try await CYPProcess.run(["--server", host.address, "--json", "snapshots", "publish"] + snapshot)
            #expect(published.status == 0, "\(published.stderr)")
            let response = try #require(try JSONSerialization.jsonObject(with: published.json) as? [String: Any])
            let manifest = try #require(response["manifest"] as? [String: Any])
            let version = try #require(manifest["version"] as? String)
            let compressed = try #require(manifest["compressedBytes"] as? Int)
            #expect(manifest["chunkCount"] as? Int == 3)
            #expect(response["alreadyPublished"] as? Bool == false)

            let listed = try await CYPProcess.run(["--server", host.address, "snapshots", "list", "--module", "social-care"])
            #expect(listed.status == 0)
            #expect(listed.stdout.contains("social-care  E06000016  2024-10-04  records  \(version.prefix(12))"), "\(listed.stdout)")

            // The whole, in one go, as JSON Lines: its SHA-256 is the version.
            let whole = directory.appendingPathComponent("whole.jsonl").path
            let once = try await CYPProcess.run(
                ["--server", host.address, "--json", "snapshots", "pull"] + snapshot + ["--out", whole, "--format", "jsonl"])
            #expect(once.status == 0, "\(once.stderr)")
            let wholeBytes = try #require(FileManager.default.contents(atPath: whole))
            #expect(SnapshotEncoding.hex(SHA256.hash(data: wholeBytes)) == version)

            // Through a link cut after 60% of the compressed bytes: chunk 0 (about 43%) is verified and kept.
            let proxy = try await CuttingProxy(toPort: host.port, cutAfter: compressed * 6 / 10)
            let out = directory.appendingPathComponent("pulled.jsonl").path
            let cut = try await CYPProcess.run(
                ["--server", proxy.address, "snapshots", "pull"] + snapshot + ["--out", out, "--format", "jsonl"])
            await proxy.close()
            #expect(cut.status == 1)
            #expect(cut.stderr.hasPrefix("error: UNAVAILABLE"), "\(cut.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
            let state = try #require(FileManager.default.contents(atPath: out + ".partial.state"))
            let held = try #require(try JSONSerialization.jsonObject(with: state) as? [String: Any])
            #expect(held["chunksHeld"] as? Int == 1)
            #expect(held["version"] as? String == version)

            // Kept bytes altered on disk: the run that finds them out says so and removes them, so the next starts over.
            let partial = try #require(FileManager.default.contents(atPath: out + ".partial"))
            var altered = partial
            altered[altered.startIndex + 200] ^= 0x01
            try altered.write(to: URL(fileURLWithPath: out + ".partial"))
            let damaged = try await CYPProcess.run(
                ["--server", host.address, "snapshots", "pull"] + snapshot + ["--out", out, "--format", "jsonl"])
            #expect(damaged.status == 1)
            #expect(damaged.stderr.hasPrefix("error: DATA_LOSS: the snapshot's SHA-256 "), "\(damaged.stderr)")
            #expect(
                damaged.stderr.hasSuffix(
                    "does not match its version \(version) (removed \(out).partial: run again to pull from the start)\n"),
                "\(damaged.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out + ".partial"))
            #expect(!FileManager.default.fileExists(atPath: out + ".partial.state"))
            try partial.write(to: URL(fileURLWithPath: out + ".partial"))
            try state.write(to: URL(fileURLWithPath: out + ".partial.state"))

            // Run again, straight to the host: chunks 1 and 2 only, and the same bytes.
            let resumed = try await CYPProcess.run(
                ["--server", host.address, "--json", "snapshots", "pull"] + snapshot + ["--out", out, "--format", "jsonl"])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            let summary = try #require(try JSONSerialization.jsonObject(with: resumed.json) as? [String: Any])
            #expect(summary["resumedFromChunk"] as? Int == 1)
            #expect(summary["rows"] as? Int == 20_000)
            #expect(summary["version"] as? String == version)
            #expect(FileManager.default.contents(atPath: out) == wholeBytes)
            #expect(!FileManager.default.fileExists(atPath: out + ".partial"))
            #expect(!FileManager.default.fileExists(atPath: out + ".partial.state"))

            // As CSV: a key column, then the snapshot's columns.
            let csv = directory.appendingPathComponent("workers.csv").path
            let asCSV = try await CYPProcess.run(["--server", host.address, "snapshots", "pull"] + snapshot + ["--out", csv])
            #expect(asCSV.status == 0, "\(asCSV.stderr)")
            #expect(asCSV.stdout == "Wrote 20,000 rows to \(csv) (csv); version \(version) verified.\n")
            let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 20_001)
            #expect(lines.first == "key,worker_id,team_id,team_type,cases,has_families,families")
            #expect(lines.dropFirst().first == "W100000,W100000,T0,cin,0,0,0")
        }
    }
}
