internal import ArgumentParser
internal import CYPHubCore
internal import Foundation

/// Times the storage layer on its own: inserting worker-caseload-shaped rows, reading them back through
/// the dictionary API (`db.rows`, a `[String: SQLValue]` per row) and through typed rows
/// (`db.fetchAll(Type.self, …)`, read in place), and one small query run many times.
@main
struct StorageBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage-bench",
        abstract: "Time bulk inserts, bulk reads (dictionary rows vs typed rows) and a repeated small query.")

    @Option(help: "Rows to insert and read back.") var rows = 80_000
    @Option(help: "Times the small query runs.") var queries = 10_000
    @Option(help: "Timed runs of each approach (the best is reported).") var runs = 5
    @Flag(help: "Use an in-memory database instead of a WAL file in a temporary directory.") var inMemory = false
    @Flag(help: "Print one JSON document.") var json = false

    func validate() throws {
        guard rows > 0, queries > 0, runs > 0 else { throw ValidationError("--rows, --queries and --runs must be positive") }
    }

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("storage-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let storage = inMemory ? try Storage.inMemory() : try Storage.open(path: directory + "/bench.sqlite")
        try storage.migrate(namespace: "bench", [Migration(id: "001-workers", sql: WorkerRecord.createTable)])
        let records = (0..<rows).map(WorkerRecord.init(number:))
        var results: [Timing] = []

        // Inserts: each run empties the table first (not timed).
        results.append(
            try await best("insert \(rows.formatted()) rows, executeMany (one write)") {
                try await storage.write { db in try db.execute("DELETE FROM workers") }
                try await storage.write { db in try db.executeMany(WorkerRecord.insert, rows: records.map(\.arguments)) }
            })
        results.append(
            try await best("insert \(rows.formatted()) rows, execute per row (one write)") {
                try await storage.write { db in try db.execute("DELETE FROM workers") }
                try await storage.write { db in
                    for record in records { try db.execute(WorkerRecord.insert, record.arguments) }
                }
            })

        // Bulk reads: the same records through both APIs, checked equal.
        let expected = records.sorted { $0.workerID < $1.workerID }
        results.append(
            try await best("read \(rows.formatted()) rows, dictionary rows (db.rows)") {
                let read = try await storage.read { db in
                    try db.rows(WorkerRecord.selectAll).map { row in
                        WorkerRecord(
                            authority: try row.string("authority"), snapshotDate: try row.string("snapshot_date"),
                            workerID: try row.string("worker_id"), teamID: try row.string("team_id"),
                            teamType: try row.string("team_type"), cases: try row.int("cases"), families: row["families"].intValue,
                            sourceFile: try row.string("source_file"), sourceLine: try row.int("source_line"))
                    }
                }
                guard read == expected else { throw ValidationError("dictionary rows read back different records") }
            })
        results.append(
            try await best("read \(rows.formatted()) rows, typed rows by name (db.fetchAll)") {
                let read = try await storage.read { db in try db.fetchAll(WorkerRecord.self, WorkerRecord.selectAll) }
                guard read == expected else { throw ValidationError("typed rows read back different records") }
            })
        results.append(
            try await best("read \(rows.formatted()) rows, typed rows by position (db.fetchAll)") {
                let read = try await storage.read { db in try db.fetchAll(PositionalWorkerRecord.self, WorkerRecord.selectAll) }
                guard read.map(\.record) == expected else { throw ValidationError("positional rows read back different records") }
            })

        // One small query, many times: in one read (the statement is prepared once and reused), and one read each.
        let keys = (0..<queries).map { records[($0 * 7_919) % records.count] }
        let expectedCases = keys.reduce(0) { $0 + $1.cases }
        results.append(
            try await best("\(queries.formatted()) one-row queries in one read, dictionary row (db.row)") {
                let total = try await storage.read { db in
                    try keys.reduce(0) { total, key in total + (try db.row(WorkerRecord.selectCases, key.key)?.int("cases") ?? 0) }
                }
                guard total == expectedCases else { throw ValidationError("db.row read a wrong total") }
            })
        results.append(
            try await best("\(queries.formatted()) one-row queries in one read, typed (db.fetchOne)") {
                let total = try await storage.read { db in
                    try keys.reduce(0) { total, key in total + (try db.fetchOne(Int.self, WorkerRecord.selectCases, key.key) ?? 0) }
                }
                guard total == expectedCases else { throw ValidationError("db.fetchOne read a wrong total") }
            })
        results.append(
            try await best("\(queries.formatted()) one-row queries, one read each, dictionary row (db.row)") {
                var total = 0
                for key in keys {
                    total += try await storage.read { db in try db.row(WorkerRecord.selectCases, key.key)?.int("cases") ?? 0 }
                }
                guard total == expectedCases else { throw ValidationError("db.row read a wrong total") }
            })
        results.append(
            try await best("\(queries.formatted()) one-row queries, one read each, typed (db.fetchOne)") {
                var total = 0
                for key in keys {
                    total += try await storage.read { db in try db.fetchOne(Int.self, WorkerRecord.selectCases, key.key) ?? 0 }
                }
                guard total == expectedCases else { throw ValidationError("db.fetchOne read a wrong total") }
            })

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else {
            print("storage-bench: \(inMemory ? "in-memory database" : "WAL file"), best of \(runs) runs")
            print("  wall s     CPU s  approach")
            for result in results {
                print(String(format: "%8.4f  %8.4f  %@", result.bestSeconds, result.bestCPUSeconds, result.approach))
            }
        }
    }

    /// Runs `body` `runs` times and keeps the fastest, by wall clock and by the process's CPU time (which
    /// other processes on a busy machine disturb less).
    private func best(_ approach: String, _ body: () async throws -> Void) async throws -> Timing {
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for _ in 0..<runs {
            let (start, startCPU) = (ContinuousClock.now, Self.processCPUSeconds())
            try await body()
            let duration = ContinuousClock.now - start
            cpuTimes.append(Self.processCPUSeconds() - startCPU)
            times.append(Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
        }
        return Timing(
            approach: approach, bestSeconds: times.min() ?? 0, bestCPUSeconds: cpuTimes.min() ?? 0, runsSeconds: times)
    }

    /// CPU seconds used by every thread of this process so far.
    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// One approach's figures.
struct Timing: Codable {
    var approach: String
    var bestSeconds: Double
    var bestCPUSeconds: Double
    var runsSeconds: [Double]
}
