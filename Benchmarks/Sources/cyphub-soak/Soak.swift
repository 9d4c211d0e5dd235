import ArgumentParser
import CYPHubClient
import CYPHubCore
import CapitalModule
import Foundation
import IndicatorsModule
import SENDModule
import SocialCareModule
import SufficiencyModule
import Synchronization
import WorkforceModule

/// Hundreds of connections with a realistic mix of calls against a demo host for a bounded time; prints calls,
/// errors by status code, latency and the host's memory at the start and the end. Not a test: run by
/// `scripts/soak.sh`, which starts the host.
@main
struct Soak: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyphub-soak",
        abstract: "Soak a CYPHub demo host: many connections, a realistic mix of calls, for a bounded time.",
        discussion: """
            Each connection runs one call at a time, picked at random by weight: health checks, the indicators \
            report, social care snapshots and caseloads, SEND and High Needs figures, workforce, sufficiency and \
            capital programme reads, a few calls for an authority that holds nothing (NOT_FOUND, as real clients \
            make), and a small indicators import. Expects `cyphub serve --demo` (demo data loaded).
            """
    )

    @Option(help: "The host, HOST:PORT.")
    var server: String

    @Option(help: "Connections, each making one call at a time.")
    var connections: Int = 300

    @Option(help: "How long to run, in seconds.")
    var seconds: Int = 600

    @Option(help: "The host's process id, to read its resident memory (VmRSS) as it runs.")
    var hostPid: Int32?

    @Flag(help: "Print one JSON document.")
    var json = false

    struct Report: Codable {
        var seconds: Double
        var connections: Int
        var calls: Int
        var callsPerSecond: Double
        var byMethod: [String: Int]
        var byStatus: [String: Int]
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var maxMilliseconds: Double
        var hostRSSStartBytes: Int?
        var hostRSSPeakBytes: Int?
        var hostRSSEndBytes: Int?
    }

    func validate() throws {
        guard connections > 0, connections <= 5_000 else { throw ValidationError("--connections: 1 to 5,000") }
        guard seconds > 0 else { throw ValidationError("--seconds: a positive number") }
    }

    func run() async throws {
        let rssStart = hostPid.flatMap(Self.residentBytes)
        var clients: [CYPHubClient] = []
        for _ in 0..<connections { clients.append(try await CYPHubClient.connect(to: server, keepAlive: .seconds(60))) }
        let deadline = ContinuousClock.now + .seconds(seconds)
        let started = ContinuousClock.now
        let peak = PeakMemory(rssStart ?? 0)
        let progress = Task {
            // A line a minute (every 10 s for short runs), so a long soak shows it is alive.
            let every = seconds >= 120 ? 60 : 10
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(every))
                let rss = hostPid.flatMap(Self.residentBytes)
                if let rss { peak.record(rss) }
                if !json {
                    let elapsed = ContinuousClock.now - started
                    FileHandle.standardError.write(
                        Data("  \(elapsed.components.seconds) s of \(seconds) s; host RSS \(rss.map(Self.mebibytes) ?? "?")\n".utf8))
                }
            }
        }
        let tallies = try await withThrowingTaskGroup(of: Tally.self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    var generator = SystemRandomNumberGenerator()
                    var tally = Tally()
                    var sequence = index
                    while ContinuousClock.now < deadline {
                        let call = Mix.pick(using: &generator)
                        let start = ContinuousClock.now
                        let code = await call.run(on: client, sequence: sequence)
                        tally.record(method: call.name, code: code, elapsed: ContinuousClock.now - start)
                        sequence += connections
                    }
                    return tally
                }
            }
            var all: [Tally] = []
            for try await tally in group { all.append(tally) }
            return all
        }
        progress.cancel()
        for client in clients { await client.close() }
        let elapsed = ContinuousClock.now - started
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rssEnd = hostPid.flatMap(Self.residentBytes)
        if let rssEnd { peak.record(rssEnd) }
        var merged = Tally()
        for tally in tallies { merged.merge(tally) }
        let latencies = merged.latencies.sorted()
        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            return latencies[min(latencies.count - 1, max(0, Int((p * Double(latencies.count)).rounded(.up)) - 1))]
        }
        let report = Report(
            seconds: wall, connections: connections, calls: latencies.count, callsPerSecond: Double(latencies.count) / wall,
            byMethod: merged.byMethod, byStatus: merged.byStatus, p50Milliseconds: percentile(0.5),
            p99Milliseconds: percentile(0.99), maxMilliseconds: latencies.last ?? 0, hostRSSStartBytes: rssStart,
            hostRSSPeakBytes: hostPid == nil ? nil : peak.bytes, hostRSSEndBytes: rssEnd)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(Self.render(report))
        }
    }

    static func render(_ report: Report) -> String {
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        var lines = [
            "cyphub-soak: \(FigureFormat.number(Double(report.connections))) connections for \(FigureFormat.number(report.seconds, places: 0)) s",
            "calls \(FigureFormat.number(Double(report.calls))) (\(FigureFormat.number(report.callsPerSecond)) a second); latency p50 \(FigureFormat.number(report.p50Milliseconds, places: 1)) ms, p99 \(FigureFormat.number(report.p99Milliseconds, places: 1)) ms, max \(FigureFormat.number(report.maxMilliseconds, places: 1)) ms",
        ]
        if let start = report.hostRSSStartBytes, let end = report.hostRSSEndBytes, let peak = report.hostRSSPeakBytes {
            lines.append("host RSS: start \(mebibytes(start)), peak \(mebibytes(peak)), end \(mebibytes(end))")
        }
        lines.append("")
        lines.append([pad("Status", 20), pad("Calls", 11)].joined(separator: "  "))
        lines.append([20, 11].map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for (status, count) in report.byStatus.sorted(by: { $0.value > $1.value }) {
            lines.append([pad(status, 20), pad(FigureFormat.number(Double(count)), 11)].joined(separator: "  "))
        }
        lines.append("")
        lines.append([pad("Method", 34), pad("Calls", 11)].joined(separator: "  "))
        lines.append([34, 11].map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for (method, count) in report.byMethod.sorted(by: { $0.key < $1.key }) {
            lines.append([pad(method, 34), pad(FigureFormat.number(Double(count)), 11)].joined(separator: "  "))
        }
        return lines.joined(separator: "\n")
    }

    static func mebibytes(_ bytes: Int) -> String { "\(FigureFormat.number(Double(bytes) / 1_048_576, places: 1)) MiB" }

    /// A process's resident memory (`VmRSS` in /proc), in bytes.
    static func residentBytes(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kib * 1024
    }
}

/// The most memory seen, from any task.
final class PeakMemory: Sendable {
    private let value: Atomic<Int>
    init(_ bytes: Int) { value = Atomic(bytes) }
    func record(_ bytes: Int) { value.max(bytes, ordering: .relaxed) }
    var bytes: Int { value.load(ordering: .relaxed) }
}

/// Calls, status codes and latencies seen by one connection.
struct Tally: Sendable {
    var byMethod: [String: Int] = [:]
    var byStatus: [String: Int] = [:]
    var latencies: [Double] = []

    mutating func record(method: String, code: StatusCode?, elapsed: Duration) {
        byMethod[method, default: 0] += 1
        byStatus[code.map { "\($0)" } ?? "OK", default: 0] += 1
        latencies.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
    }

    mutating func merge(_ other: Tally) {
        byMethod.merge(other.byMethod, uniquingKeysWith: +)
        byStatus.merge(other.byStatus, uniquingKeysWith: +)
        latencies += other.latencies
    }
}
