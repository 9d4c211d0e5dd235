import CYPHubCore

/// What `cyphub-bench` prints: a row per measurement as it is taken, then the medians over the rounds per mode and
/// level, with what a token costs against its twin without one.
extension Benchmark {
    /// The `--json` document.
    struct Report: Codable {
        var results: [Result]
        var summary: [Summary]
    }

    /// One mode at one level over every round.
    struct Summary: Codable {
        var security: SecurityMode
        var concurrency: Int
        var rounds: Int
        var medianCallsPerSecond: Double
        var medianP50Milliseconds: Double
        var medianP99Milliseconds: Double
        var medianCPUMicrosecondsPerCall: Double
        /// The mode without the token (token: plain, tls-token: tls), when it was measured too.
        var twin: SecurityMode?
        /// How many fewer calls/s than the twin, in percent of the twin's: the median over the rounds of each round's
        /// pair (measured one after the other), so that the machine's drift between rounds cancels out.
        var authCostPercent: Double?
        /// How much higher the p99 is than the twin's, in percent, paired the same way.
        var p99IncreasePercent: Double?
        /// How much more CPU per call than the twin, in percent, paired the same way.
        var cpuIncreasePercent: Double?
    }

    /// The medians of `results` per mode and level, in the order of `modes` and `levels`.
    static func summarize(_ results: [Result], modes: [SecurityMode], levels: [Int]) -> [Summary] {
        var summary: [Summary] = []
        for mode in modes {
            for level in levels {
                let own = results.filter { $0.security == mode && $0.concurrency == level }
                guard !own.isEmpty else { continue }
                var row = Summary(
                    security: mode, concurrency: level, rounds: own.count, medianCallsPerSecond: median(own.map(\.callsPerSecond)),
                    medianP50Milliseconds: median(own.map(\.p50Milliseconds)), medianP99Milliseconds: median(own.map(\.p99Milliseconds)),
                    medianCPUMicrosecondsPerCall: median(own.map(\.cpuMicrosecondsPerCall)))
                if let twin = mode.twin {
                    let pairs = own.compactMap { result in
                        results.first { $0.security == twin && $0.concurrency == level && $0.round == result.round }.map { (result, $0) }
                    }
                    if !pairs.isEmpty {
                        row.twin = twin
                        row.authCostPercent = median(pairs.map { 100 * (1 - $0.callsPerSecond / $1.callsPerSecond) })
                        row.p99IncreasePercent = median(pairs.map { 100 * ($0.p99Milliseconds / $1.p99Milliseconds - 1) })
                        row.cpuIncreasePercent = median(pairs.map { 100 * ($0.cpuMicrosecondsPerCall / $1.cpuMicrosecondsPerCall - 1) })
                    }
                }
                summary.append(row)
            }
        }
        return summary
    }

    /// The middle value (the mean of the two middle ones for an even count); 0 for none.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    func printRow(_ result: Result, header: Bool) {
        let columns = [
            ("Round", 5), ("Security", 9), ("Concurrency", 11), ("Calls", 11), ("Calls/s", 10), ("p50 ms", 8), ("p99 ms", 8), ("max ms", 8),
            ("CPU µs/call", 11),
        ]
        if header { Self.printHeader(columns) }
        Self.printLine(
            [
                String(result.round), result.security.rawValue, String(result.concurrency), FigureFormat.number(Double(result.calls)),
                FigureFormat.number(result.callsPerSecond), FigureFormat.number(result.p50Milliseconds, places: 3),
                FigureFormat.number(result.p99Milliseconds, places: 3), FigureFormat.number(result.maxMilliseconds, places: 3),
                FigureFormat.number(result.cpuMicrosecondsPerCall, places: 1),
            ], columns)
    }

    func printSummary(_ summary: [Summary]) {
        let columns = [
            ("Security", 9), ("Concurrency", 11), ("Rounds", 6), ("Calls/s", 10), ("p50 ms", 8), ("p99 ms", 8), ("Auth cost", 16),
            ("p99 vs twin", 11), ("CPU µs/call", 11), ("CPU vs twin", 11),
        ]
        print("\nMedians over the rounds; auth cost: calls/s lost against the same mode without the token, paired by round")
        Self.printHeader(columns)
        for row in summary {
            func percent(_ value: Double?) -> String {
                guard let value else { return "–" }
                return (value > 0 ? "+" : "") + FigureFormat.number(value, places: 1) + "%"
            }
            let cost = row.twin.map { "\(percent(row.authCostPercent)) vs \($0.rawValue)" } ?? "–"
            Self.printLine(
                [
                    row.security.rawValue, String(row.concurrency), String(row.rounds), FigureFormat.number(row.medianCallsPerSecond),
                    FigureFormat.number(row.medianP50Milliseconds, places: 3), FigureFormat.number(row.medianP99Milliseconds, places: 3),
                    cost, percent(row.p99IncreasePercent), FigureFormat.number(row.medianCPUMicrosecondsPerCall, places: 1),
                    percent(row.cpuIncreasePercent),
                ], columns)
        }
    }

    private static func printHeader(_ columns: [(String, Int)]) {
        print("")
        printLine(columns.map(\.0), columns)
        print(columns.map { String(repeating: "─", count: $0.1) }.joined(separator: "  "))
    }

    /// `cells` right-aligned in `columns`' widths.
    private static func printLine(_ cells: [String], _ columns: [(String, Int)]) {
        print(
            zip(cells, columns).map { cell, column in String(repeating: " ", count: max(0, column.1 - cell.count)) + cell }
                .joined(separator: "  "))
    }
}
