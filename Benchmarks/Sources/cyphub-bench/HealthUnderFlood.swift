import ArgumentParser
import CYPHubClient
import CYPHubCore
import Foundation
import IndicatorsModule
import Synchronization

/// `cyphub-bench --health-under-flood`: what one costly kind of call does to everyone else's cheap one.
extension Benchmark {
    struct FloodResult: Codable {
        var condition: String
        var samples: Int
        var p50Milliseconds: Double
        var p99Milliseconds: Double
        var maxMilliseconds: Double
        var reportsPerSecond: Double
    }

    /// Health checks on fresh connections with the host idle, then while `connections` connections each keep
    /// `perConnection` `Indicators/Report` calls in flight; the same run measures both, so the machine's noise is
    /// shared.
    func healthUnderFlood(address: String, perConnection: Int) async throws {
        let authority = "E10000018"
        let probe = try await CYPHubClient.connect(to: address)
        do {
            _ = try await IndicatorsClient(caller: probe).report(authority: authority)
        } catch {
            throw ValidationError("\(address) does not answer Indicators/Report for \(authority) (\(error)); run `cyphub serve --demo`")
        }
        await probe.close()
        if !json {
            print(
                "cyphub-bench --health-under-flood: Health/Check on a fresh connection, idle and then while \(connections) connection(s) keep \(perConnection) Indicators/Report calls each in flight, against \(address)"
            )
        }
        var results = [try await healthSamples(address: address, condition: "idle", reportsPerSecond: 0)]
        let flooders = try await (0..<max(1, connections)).asyncMap { _ in try await CYPHubClient.connect(to: address) }
        let counters = FloodCounters()
        let flood = Task {
            await withTaskGroup(of: Void.self) { group in
                for client in flooders {
                    let indicators = IndicatorsClient(caller: client)
                    for _ in 0..<perConnection {
                        group.addTask {
                            while !counters.stop.load(ordering: .relaxed) {
                                if (try? await indicators.report(authority: authority)) != nil {
                                    counters.completed.add(1, ordering: .relaxed)
                                }
                            }
                        }
                    }
                }
            }
        }
        // Let the flood build up before measuring.
        try await Task.sleep(for: .milliseconds(Int(warmup * 1000)))
        let before = counters.completed.load(ordering: .relaxed)
        let started = ContinuousClock.now
        var flooded = try await healthSamples(address: address, condition: "flood", reportsPerSecond: 0)
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        flooded.reportsPerSecond = Double(counters.completed.load(ordering: .relaxed) - before) / seconds
        results.append(flooded)
        counters.stop.store(true, ordering: .relaxed)
        await flood.value
        for client in flooders { await client.close() }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
            return
        }
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        print("")
        print(
            [pad("Condition", 9), pad("Checks", 7), pad("p50 ms", 8), pad("p99 ms", 8), pad("max ms", 8), pad("Reports/s", 10)].joined(
                separator: "  "))
        print([9, 7, 8, 8, 8, 10].map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for result in results {
            print(
                [
                    pad(result.condition, 9), pad(String(result.samples), 7),
                    pad(FigureFormat.number(result.p50Milliseconds, places: 1), 8),
                    pad(FigureFormat.number(result.p99Milliseconds, places: 1), 8),
                    pad(FigureFormat.number(result.maxMilliseconds, places: 1), 8),
                    pad(result.condition == "idle" ? "–" : FigureFormat.number(result.reportsPerSecond), 10),
                ].joined(separator: "  "))
        }
    }

    /// 50 health checks, each on a connection of its own (connect included in the time), one after another.
    private func healthSamples(address: String, condition: String, reportsPerSecond: Double) async throws -> FloodResult {
        var latencies: [Double] = []
        for _ in 0..<50 {
            let start = ContinuousClock.now
            let client = try await CYPHubClient.connect(to: address)
            let health = try await client.health(options: CallOptions(timeout: .seconds(60)))
            let elapsed = ContinuousClock.now - start
            await client.close()
            guard health.status == .serving else { throw ValidationError("\(address) answered health \(health.status)") }
            latencies.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15)
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int((p * Double(latencies.count)).rounded(.up)) - 1)] }
        return FloodResult(
            condition: condition, samples: latencies.count, p50Milliseconds: percentile(0.5),
            p99Milliseconds: percentile(0.99), maxMilliseconds: latencies.last ?? 0, reportsPerSecond: reportsPerSecond)
    }
}

/// Shared by the flood's tasks.
final class FloodCounters: Sendable {
    let stop = Atomic(false)
    let completed = Atomic(0)
}

extension Sequence {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
