import ArgumentParser
import CYPHubClient
import CYPHubCore
import CYPHubTesting
import Foundation
import SocialCareModule

/// Times a record-level response end to end: worker-level caseloads of 10,000 to 80,000 imported workers,
/// asked for over TCP by the Swift client from a real host in this process (request, handler, encoding,
/// framing, decoding).
@main
struct RecordsBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records-bench",
        abstract: "Time `GetCaseloads` with every worker (10,000-80,000 rows) through a real host and client.")

    @Option(help: "Worker rows per authority, comma-separated.") var rows = "10000,20000,40000,80000"
    @Option(help: "Timed calls per size (the median is reported).") var repeats = 3
    @Flag(help: "Print one JSON document.") var json = false

    struct Result: Codable {
        var rows: Int
        var importSeconds: Double
        var callSeconds: Double
        var callsSeconds: [Double]
    }

    func run() async throws {
        let sizes = rows.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }), repeats > 0 else {
            throw ValidationError("--rows must list positive whole numbers and --repeats must be positive")
        }
        var results: [Result] = []
        for (index, size) in sizes.enumerated() {
            // A fresh host per size: each authority gets its own code and snapshot.
            let result = try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
                let client = try await host.connect()
                let socialCare = SocialCareClient(caller: client, options: CallOptions(timeout: .seconds(300)))
                let authority = "E0900" + String(format: "%04d", index)
                var csv = "authority_code,snapshot_date,worker_id,team_id,team_type,cases\n"
                for worker in 0..<size {
                    csv += "\(authority),2024-10-04,W\(worker),T\(worker / 20),cin,\(5 + worker % 25)\n"
                }
                var clock = ContinuousClock.now
                _ = try await socialCare.importCSV(dataset: .workerCaseloads, fileName: "workers.csv", csv: csv)
                let importSeconds = clock.elapsed
                var times: [Double] = []
                for _ in 0..<repeats {
                    clock = .now
                    let caseloads = try await socialCare.caseloads(authority: authority, includeWorkers: true)
                    times.append(clock.elapsed)
                    guard caseloads.workers.count == size else {
                        throw ValidationError("expected \(size) workers, got \(caseloads.workers.count)")
                    }
                }
                await client.close()
                return Result(
                    rows: size, importSeconds: importSeconds, callSeconds: times.sorted()[times.count / 2], callsSeconds: times)
            }
            results.append(result)
            if !json {
                print(
                    "\(size.formatted()) workers: import \(String(format: "%.3f", result.importSeconds)) s, "
                        + "GetCaseloads with workers \(String(format: "%.3f", result.callSeconds)) s (median of "
                        + result.callsSeconds.map { String(format: "%.3f", $0) }.joined(separator: ", ") + ")")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        }
    }
}

extension ContinuousClock.Instant {
    /// Seconds since this instant.
    var elapsed: Double {
        let duration = ContinuousClock.now - self
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
