import ArgumentParser
import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubWire
import Foundation
import Logging
import NIOCore
import NIOPosix
import Synchronization

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

    @Flag(help: "Print one JSON document.")
    var json = false

    struct Result: Codable {
        var concurrency: Int
        var calls: Int
        var callsPerSecond: Double
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var maxMilliseconds: Double
    }

    func run() async throws {
        let levels = concurrency.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--concurrency: give positive numbers, e.g. 1,16,64")
        }

        if healthUnderFlood {
            guard let server else { throw ValidationError("--health-under-flood needs --server HOST:PORT") }
            guard levels.count == 1 else { throw ValidationError("--health-under-flood takes one --concurrency, e.g. 100") }
            return try await healthUnderFlood(address: server, perConnection: levels[0])
        }
        let clientGroup = MultiThreadedEventLoopGroup(numberOfThreads: clientThreads)
        var hostGroup: MultiThreadedEventLoopGroup?
        var host: HubHost?
        var serving: Task<Void, any Error>?
        var auditFlushing: Task<Void, Never>?
        let address: String
        if let server {
            address = server
        } else {
            let group = MultiThreadedEventLoopGroup(numberOfThreads: hostThreads)
            hostGroup = group
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-bench-\(UUID().uuidString)").path
            var limits = WireLimits()
            limits.maxCallsPerConnection = max(100, levels.max() ?? 1)
            let configuration = HostConfiguration(
                listen: ListenAddress(host: "127.0.0.1", port: 0),
                metricsListen: metrics ? ListenAddress(host: "127.0.0.1", port: 0) : nil, dataDirectory: directory,
                enabledModules: [], limits: limits, logLevel: .warning, source: "benchmark", auditEnabled: !noAudit
            )
            var logger = Logger(label: "cyphub.bench")
            logger.logLevel = .warning
            let made = try await HubHost.make(configuration: configuration, modules: [], group: group, logger: logger)
            host = made
            serving = Task { try await made.server.run() }
            if !noAudit {
                // What the host's AuditWriter does under its service group (not run here): store the buffer each second.
                auditFlushing = Task {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(1))
                        if Task.isCancelled { break }
                        await made.flushAuditLog()
                    }
                }
            }
            address = "127.0.0.1:\(try await made.server.listeningPort())"
        }

        var clients: [CYPHubClient] = []
        for _ in 0..<max(1, connections) {
            clients.append(try await CYPHubClient.connect(to: address, group: clientGroup))
        }
        if !json {
            print(
                "cyphub-bench: Diagnostics/Echo with \(payloadBytes)-byte payloads against \(server ?? "an in-process host on \(address)")")
            print(
                "\(connections) connection(s), \(clientThreads) client thread(s), \(server == nil ? "\(hostThreads) host thread(s), " : "")\(seconds) s per level after \(warmup) s warm-up; \(ProcessInfo.processInfo.activeProcessorCount) cores"
            )
        }
        var results: [Result] = []
        for level in levels {
            _ = try await measure(clients: clients, concurrency: level, seconds: warmup)
            let result = try await measure(clients: clients, concurrency: level, seconds: seconds)
            results.append(result)
            if !json { printRow(result, header: results.count == 1) }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        }
        for client in clients { await client.close() }
        if let exposition = host?.metricsServer?.exposition(), !json {
            let counted = String(decoding: exposition, as: UTF8.self).split(separator: "\n")
                .filter { $0.hasPrefix("cyphub_calls_total{") }
                .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
                .reduce(0, +)
            print("metrics on: the host counted \(Int(counted)) calls (cyphub_calls_total)")
        }
        auditFlushing?.cancel()
        if let host {
            host.server.stop()
            _ = try? await serving?.value
            try? FileManager.default.removeItem(atPath: host.configuration.dataDirectory)
        }
        try await clientGroup.shutdownGracefully()
        try await hostGroup?.shutdownGracefully()
    }

    /// Runs `concurrency` workers, each making one call at a time, for `seconds`.
    func measure(clients: [CYPHubClient], concurrency: Int, seconds: Double) async throws -> Result {
        let payload = [UInt8](repeating: 7, count: payloadBytes)
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        let started = ContinuousClock.now
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
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)
            return Double(sorted[max(0, index)]) / 1e6
        }
        return Result(
            concurrency: concurrency, calls: sorted.count, callsPerSecond: Double(sorted.count) / wall,
            p50Milliseconds: percentile(0.50), p99Milliseconds: percentile(0.99), maxMilliseconds: Double(sorted.last ?? 0) / 1e6
        )
    }

    func printRow(_ result: Result, header: Bool) {
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        if header {
            print("")
            print(
                [pad("Concurrency", 11), pad("Calls", 11), pad("Calls/s", 10), pad("p50 ms", 8), pad("p99 ms", 8), pad("max ms", 8)].joined(
                    separator: "  "))
            print([11, 11, 10, 8, 8, 8].map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        }
        print(
            [
                pad(String(result.concurrency), 11),
                pad(FigureFormat.number(Double(result.calls)), 11),
                pad(FigureFormat.number(result.callsPerSecond), 10),
                pad(FigureFormat.number(result.p50Milliseconds, places: 3), 8),
                pad(FigureFormat.number(result.p99Milliseconds, places: 3), 8),
                pad(FigureFormat.number(result.maxMilliseconds, places: 3), 8),
            ].joined(separator: "  "))
    }
}
