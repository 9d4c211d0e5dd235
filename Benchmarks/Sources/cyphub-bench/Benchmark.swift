import ArgumentParser
import CYPHubClient
import CYPHubCore
import CYPHubTesting
import CYPHubWire
import Foundation
import Logging
import NIOCore
import NIOPosix
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Drives a CYPHub host over loopback with many calls in flight and prints calls/s and latency.
@main
struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyphub-bench",
        abstract: "Load a CYPHub host with small unary calls (Diagnostics/Echo) and report calls/s and p50/p99 latency.",
        discussion: """
            By default starts a host in this process on a loopback port (its own event loop thread) and \
            drives it from a client on another thread, over real TCP. With --server it drives an external host \
            (for example `cyphub serve --demo`) instead.
            """
    )

    @Option(help: "Concurrency levels (calls in flight), comma-separated.")
    var concurrency: String = "1,16,64"

    @Option(help: "Seconds measured at each level (after a warm-up).")
    var seconds: Double = 5

    @Option(help: "Seconds of warm-up at each level (not measured).")
    var warmup: Double = 1

    @Option(help: "Connections the calls are spread over.")
    var connections: Int = 1

    @Option(help: "Bytes of payload in each echo request.")
    var payloadBytes: Int = 16

    @Option(help: "Drive an external host at HOST:PORT instead of starting one.")
    var server: String?

    @Option(help: "Event loop threads of the in-process host.")
    var hostThreads: Int = 1

    @Option(help: "Event loop threads of the client.")
    var clientThreads: Int = 1

    @Flag(
        help: """
            Measure instead Health/Check latency on fresh connections, idle and then while --connections connections \
            each keep --concurrency Indicators/Report calls in flight. Needs --server: a host serving the indicators \
            demo (`cyphub serve --demo`), in a process of its own.
            """)
    var healthUnderFlood = false

    @Flag(
        help: """
            Turn the in-process host's metrics on (metrics.listen on a loopback port), to measure what counting costs; \
            prints the calls the host counted at the end.
            """)
    var metrics = false

    @Flag(
        help: """
            Turn the in-process host's audit log off (audit.enabled false), to measure what recording costs. With it on \
            (the default) the benchmark stores the log's buffer each second, as the host's writer does.
            """)
    var noAudit = false

    @Option(
        help: """
            Security modes, comma-separated, each against a host of its own: plain, token (a real bearer token on every \
            call, auth.required true), tls, tls-token.
            """)
    var security: String = "plain"

    @Option(
        help: """
            Rounds: every level of every mode is measured this many times, the modes alternating (each round starting \
            with the next mode), and the medians reported, with what a token costs against its twin without one.
            """)
    var rounds: Int = 1

    @Flag(help: "Print one JSON document.")
    var json = false

    struct Result: Codable {
        var security: SecurityMode
        var round: Int
        var concurrency: Int
        var calls: Int
        var callsPerSecond: Double
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var maxMilliseconds: Double
        /// CPU time of the whole process (host and client, user and system) per call: less sensitive to other
        /// processes on a shared machine than calls/s, which counts the time they take the cores away.
        var cpuMicrosecondsPerCall: Double
    }

    func run() async throws {
        let levels = concurrency.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--concurrency: give positive numbers, e.g. 1,16,64")
        }
        let modes = try SecurityMode.parse(list: security)
        guard rounds > 0 else { throw ValidationError("--rounds: give a positive number") }

        if healthUnderFlood {
            guard let server else { throw ValidationError("--health-under-flood needs --server HOST:PORT") }
            guard levels.count == 1 else { throw ValidationError("--health-under-flood takes one --concurrency, e.g. 100") }
            return try await healthUnderFlood(address: server, perConnection: levels[0])
        }
        if server != nil, modes != [.plain] {
            throw ValidationError("--security other than plain needs the in-process host (no --server)")
        }
        let clientGroup = MultiThreadedEventLoopGroup(numberOfThreads: clientThreads)
        let certificates = modes.contains(where: \.usesTLS) ? try TestCertificates() : nil
        var targets: [Target] = []
        for mode in modes {
            targets.append(try await target(mode, levels: levels, certificates: certificates, clientGroup: clientGroup))
        }
        if !json {
            let against =
                server ?? "an in-process host per mode (\(targets.map { "\($0.mode.rawValue) on \($0.address)" }.joined(separator: ", ")))"
            print("cyphub-bench: Diagnostics/Echo with \(payloadBytes)-byte payloads against \(against)")
            print(
                "\(connections) connection(s), \(clientThreads) client thread(s), \(server == nil ? "\(hostThreads) host thread(s), " : "")\(seconds) s per level after \(warmup) s warm-up, \(rounds) round(s); \(ProcessInfo.processInfo.activeProcessorCount) cores"
            )
        }
        var results: [Result] = []
        for round in 1...rounds {
            for level in levels {
                // Each round starts with the next mode, so that no mode always runs first (or last) at a level.
                for index in targets.indices {
                    let target = targets[(index + round - 1) % targets.count]
                    _ = try await measure(clients: target.clients, concurrency: level, seconds: warmup)
                    var result = try await measure(clients: target.clients, concurrency: level, seconds: seconds)
                    result.security = target.mode
                    result.round = round
                    results.append(result)
                    if !json { printRow(result, header: results.count == 1) }
                }
            }
        }
        let summary = Self.summarize(results, modes: modes, levels: levels)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(Report(results: results, summary: summary)), as: UTF8.self))
        } else if rounds > 1 || modes.contains(where: { $0.twin.map(modes.contains) ?? false }) {
            printSummary(summary)
        }
        for target in targets {
            await target.close(printingMetrics: !json)
        }
        certificates?.remove()
        try await clientGroup.shutdownGracefully()
    }

    /// Runs `concurrency` workers, each making one call at a time, for `seconds`.
    func measure(clients: [CYPHubClient], concurrency: Int, seconds: Double) async throws -> Result {
        let payload = [UInt8](repeating: 7, count: payloadBytes)
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        let started = ContinuousClock.now
        let cpuBefore = Self.processCPUSeconds()
        let options = CallOptions(timeout: .seconds(10), acceptCompression: false)
        let latencies = try await withThrowingTaskGroup(of: [Int64].self) { group in
            for worker in 0..<concurrency {
                let client = clients[worker % clients.count]
                // Each worker runs on its client's event loop: no thread hop between call and answer.
                group.addTask(executorPreference: client.executor) {
                    var samples: [Int64] = []
                    samples.reserveCapacity(Int(seconds * 100_000) / max(1, concurrency) + 16)
                    let request = EchoRequest(payload: payload)
                    while ContinuousClock.now < deadline {
                        let start = ContinuousClock.now
                        let echo = try await client.unary(Diagnostics.Method.Echo.self, request: request, options: options)
                        let elapsed = ContinuousClock.now - start
                        precondition(echo.payload.count == payload.count)
                        samples.append(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
                    }
                    return samples
                }
            }
            var all: [Int64] = []
            for try await samples in group { all += samples }
            return all
        }
        let elapsed = ContinuousClock.now - started
        let cpu = Self.processCPUSeconds() - cpuBefore
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)
            return Double(sorted[max(0, index)]) / 1e6
        }
        return Result(
            security: .plain, round: 0, concurrency: concurrency, calls: sorted.count, callsPerSecond: Double(sorted.count) / wall,
            p50Milliseconds: percentile(0.50), p99Milliseconds: percentile(0.99), maxMilliseconds: Double(sorted.last ?? 0) / 1e6,
            cpuMicrosecondsPerCall: sorted.isEmpty ? 0 : cpu * 1e6 / Double(sorted.count)
        )
    }

    /// The CPU time this process has used so far (every thread, user and system), in seconds.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
