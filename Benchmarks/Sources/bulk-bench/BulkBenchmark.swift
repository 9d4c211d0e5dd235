import ArgumentParser
import CYPHubCore
import Foundation

/// Bulk data through a real release host in a process of its own (so that its memory is its own): a worker-level CSV
/// streamed in over TCP, and a snapshot of a million worker rows published and pulled by 1 and 16 pullers, with the
/// host's peak RSS growth in each phase and its compression step side by side with plain zlib on the same bytes.
@main
struct BulkBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulk-bench",
        abstract: "Time a streamed CSV import and a snapshot's publish and pulls against a release `cyphub` child process.",
        discussion: """
            Build the host first: `swift build -c release --product cyphub` (in the repository's root), then
            `swift run -c release --package-path Benchmarks bulk-bench`. Linux only (it reads the host's /proc).
            """)

    @Option(help: "The `cyphub` executable (default: .build/release/cyphub under the working directory, else the one beside bulk-bench).")
    var cyphub: String?
    @Option(help: "Size of the imported worker-level CSV, in MB (10^6 bytes).") var importMB: Int?
    @Option(help: "Worker rows in the published snapshot.") var rows: Int?
    @Option(name: .customLong("piece-kib"), help: "Size of the pieces the client streams, in KiB (the client's default: 1024).")
    var pieceKiB = FilePieces.defaultPieceBytes >> 10
    @Option(help: "Concurrent pullers per pull phase, comma-separated.") var pullers = "1,16"
    @Option(help: "Rounds of the zlib side by side (the median is reported).") var zlibRounds: Int?
    @Option(help: "Run only `import` or `snapshot`.") var only: String?
    @Option(name: .customLong("host-env"), help: "KEY=VALUE added to the host's environment (repeatable; e.g. MALLOC_ARENA_MAX=2).")
    var hostEnvironment: [String] = []
    @Flag(help: "A smoke check: a 20 MB import, 100,000 rows, 3 zlib rounds (each unless given).") var quick = false
    @Flag(help: "Also print the host's RSS every second during each phase.") var trace = false
    @Flag(help: "Print one JSON document instead of tables.") var json = false

    /// The `--json` document.
    struct Report: Codable {
        var command: String
        var host: String
        var hostEnvironment: [String: String]
        var importPhase: Phase?
        var snapshot: SnapshotReport?
    }

    /// One phase's figures.
    struct Phase: Codable {
        var name: String
        var rows: Int
        /// Uncompressed bytes moved (the CSV sent, the rows encoded or pulled).
        var bytes: Int
        var seconds: Double
        var rowsPerSecond: Double
        var megabytesPerSecond: Double
        var hostCPUSeconds: Double
        var clientCPUSeconds: Double
        /// The host's RSS at idle after it started.
        var hostIdleBytes: Int
        /// Its RSS when the phase began (its peak was reset to this).
        var hostStartBytes: Int
        var hostPeakBytes: Int
        /// Peak − idle.
        var hostGrowthBytes: Int
        /// RSS once the phase ended.
        var hostEndBytes: Int
        /// Whether /proc/PID/clear_refs reset the peak at the phase's start (if not, the peak is the process's).
        var peakReset: Bool
        /// (seconds since the phase began, RSS, its anonymous, file and shared-memory parts), about one a second.
        var rssTrace: [[Double]]
        /// Pulls only: each puller's uncompressed MB/s.
        var pullerMegabytesPerSecond: [Double]?
    }

    struct SnapshotReport: Codable {
        var rows: Int
        var chunks: Int
        var uncompressedBytes: Int
        var compressedBytes: Int
        /// Uncompressed / compressed.
        var ratio: Double
        var phases: [Phase]
        var zlib: ZlibComparison.Result
    }

    static let goalBytes = 64 << 20

    func validate() throws {
        if let only, !["import", "snapshot"].contains(only) { throw ValidationError("--only must be import or snapshot") }
        guard pullerCounts.count > 0, pullerCounts.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--pullers must list positive whole numbers")
        }
        guard (importMB ?? 1) > 0, (rows ?? 1) > 0, (zlibRounds ?? 1) > 0, pieceKiB > 0 else {
            throw ValidationError("--import-mb, --rows, --piece-kib and --zlib-rounds must be positive")
        }
        for pair in hostEnvironment where !pair.contains("=") {
            throw ValidationError("--host-env '\(pair)' is not KEY=VALUE")
        }
    }

    var pullerCounts: [Int] { pullers.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func run() async throws {
        let executable = try hostExecutable()
        let environment = Dictionary(
            hostEnvironment.map { pair in (String(pair.prefix { $0 != "=" }), String(pair.drop { $0 != "=" }.dropFirst())) }
        ) { $1 }
        var report = Report(
            command: (["bulk-bench"] + CommandLine.arguments.dropFirst()).joined(separator: " "), host: executable,
            hostEnvironment: environment)
        if !json {
            let line = "host: \(executable)\(environment.isEmpty ? "" : " with \(hostEnvironment.joined(separator: " "))")\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        if only != "snapshot" {
            report.importPhase = try await importPhase(executable, environment, megabytes: importMB ?? (quick ? 20 : 100))
        }
        if only != "import" {
            report.snapshot = try await snapshotPhases(
                executable, environment, rows: rows ?? (quick ? 100_000 : 1_000_000), rounds: zlibRounds ?? (quick ? 3 : 7))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            printReport(report)
        }
    }

    private func hostExecutable() throws -> String {
        if let cyphub {
            guard FileManager.default.isExecutableFile(atPath: cyphub) else {
                throw ValidationError("--cyphub \(cyphub): not an executable")
            }
            return cyphub
        }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("cyphub").path
        let candidates = [FileManager.default.currentDirectoryPath + "/.build/release/cyphub", beside]
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ValidationError(
                "no cyphub executable at \(candidates.joined(separator: " or ")): run `swift build -c release --product cyphub` "
                    + "in the repository's root first, or pass --cyphub")
        }
        return found
    }
}

extension ContinuousClock.Instant {
    /// Seconds since this instant.
    var elapsed: Double {
        let duration = ContinuousClock.now - self
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
