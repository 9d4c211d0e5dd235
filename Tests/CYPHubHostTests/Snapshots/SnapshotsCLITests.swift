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

    @Test func aPullSinceAnEarlierFileAppliesTheDeltaAndAnEmbargoIsSetFromTheCommandLine() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyp-delta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await TestHost.withRunning(modules: [SocialCareModule()], demoData: true) { host in
            let snapshot = ["social-care", Self.leicester, "2024-10-04", "--kind", "records"]
            let server = ["--server", host.address]
            #expect(try await CYPProcess.run(server + ["snapshots", "publish"] + snapshot).status == 0)
            let old = directory.appendingPathComponent("old.jsonl").path
            let pulled = try await CYPProcess.run(server + ["snapshots", "pull"] + snapshot + ["--out", old, "--format", "jsonl"])
            #expect(pulled.status == 0, "\(pulled.stderr)")

            // The demo's 130 workers with one changed (CIN001's cases), through an import.
            let client = try await host.connect()
            let rows = try String(contentsOfFile: old, encoding: .utf8).split(separator: "\n").dropFirst().map { line in
                let row = try SnapshotLineReader.row(line.utf8)
                let cases = row.key == "CIN001" ? String(Int(row.values[3])! + 1) : row.values[3]
                let families = row.values[4] == "1" ? row.values[5] : ""
                return "E06000016,2024-10-04,\(row.values[0]),\(row.values[1]),\(row.values[2]),\(cases),\(families)"
            }
            let csv = (["authority_code,snapshot_date,worker_id,team_id,team_type,cases,families"] + rows).joined(separator: "\n") + "\n"
            _ = try await SocialCareClient(caller: client).import(
                ImportRequest(dataset: .workerCaseloads, fileName: "workers.csv", csv: csv))
            await client.close()

            let published = try await CYPProcess.run(
                server + ["snapshots", "publish"] + snapshot + ["--publish-at", "2030-01-01T00:00:00Z"])
            #expect(published.status == 0, "\(published.stderr)")
            #expect(published.stdout.contains("Embargo until  2030-01-01 00:00:00.000"), "\(published.stdout)")
            #expect(published.stdout.contains("worker_caseloads  workers.csv"), "\(published.stdout)")

            let new = directory.appendingPathComponent("new.jsonl").path
            let delta = try await CYPProcess.run(
                server + ["snapshots", "pull"] + snapshot + ["--out", new, "--format", "jsonl", "--since", old])
            #expect(delta.status == 0, "\(delta.stderr)")
            #expect(delta.stdout.hasPrefix("Delta from \(try SnapshotPullFileHash.of(old).prefix(12))…: 0 added, 1 changed, 0 removed"))
            let newBytes = try #require(FileManager.default.contents(atPath: new))
            let version = SnapshotEncoding.hex(SHA256.hash(data: newBytes))
            #expect(delta.stdout.hasSuffix("Wrote 130 rows to \(new) (jsonl); version \(version) verified.\n"))
            let changed = String(decoding: newBytes, as: UTF8.self).split(separator: "\n").filter { $0.contains("\"CIN001\"") }
            let before = try String(contentsOfFile: old, encoding: .utf8).split(separator: "\n").filter { $0.contains("\"CIN001\"") }
            #expect(changed.count == 1 && changed != before)

            // Not a snapshot file: refused, naming it.
            let junk = directory.appendingPathComponent("junk.jsonl").path
            try "hello\n".write(toFile: junk, atomically: true, encoding: .utf8)
            let refused = try await CYPProcess.run(server + ["snapshots", "pull"] + snapshot + ["--out", new, "--since", junk])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("--since \(junk): not a snapshot pulled with --format jsonl"), "\(refused.stderr)")
            let badTime = try await CYPProcess.run(server + ["snapshots", "publish"] + snapshot + ["--publish-at", "tomorrow"])
            #expect(badTime.status != 0)
            #expect(badTime.stderr.contains("publish_at: 'tomorrow' is not an RFC 3339 time"), "\(badTime.stderr)")
        }
    }
}

/// The SHA-256 of a file's bytes.
enum SnapshotPullFileHash {
    static func of(_ path: String) throws -> String {
        SnapshotEncoding.hex(SHA256.hash(data: try #require(FileManager.default.contents(atPath: path))))
    }
}
