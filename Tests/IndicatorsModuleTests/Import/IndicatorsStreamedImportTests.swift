import CYPHubCore
import CYPHubTesting
import Testing

@testable import IndicatorsModule

/// `ImportStream` in process (the real codec and dispatch table): the file's text is held until the last piece, then
/// imported by `Import`'s own code, so the rows, checks and messages are `Import`'s; the limit on what is held.
@Suite("Indicators streamed import")
struct IndicatorsStreamedImportTests {
    static func pieces(
        _ text: String, dataset: IndicatorsDataset, fileName: String = "bad.csv", size: Int = 61
    ) -> AsyncStream<IndicatorsImportChunk> {
        importPieces(text, size: size) { bytes, first in
            IndicatorsImportChunk(dataset: first ? dataset : .unspecified, fileName: first ? fileName : "", data: bytes)
        }
    }

    /// Every row of every `ind_` table.
    static func tables(_ storage: Storage) async throws -> [String: Set<SQLRow>] {
        try await storage.read { db in
            var tables: [String: Set<SQLRow>] = [:]
            for table in ["ind_authorities", "ind_definitions", "ind_observations", "ind_neighbour_sets", "ind_comparators"] {
                tables[table] = Set(try db.rows("SELECT * FROM \(table)"))
            }
            return tables
        }
    }

    /// The demo's files, in the order the demo loads them.
    static let demoFiles: [(IndicatorsDataset, String, String)] = [
        (.authorities, "demo-authorities.csv", IndicatorsDemoData.authorities),
        (.definitions, "demo-definitions.csv", IndicatorsDemoData.definitions),
        (.observations, "demo-seed002-observations.csv", IndicatorsDemoData.seedObservations),
        (.observations, "demo-synthetic-observations.csv", IndicatorsDemoData.syntheticObservations),
        (.neighbours, "demo-neighbours.csv", IndicatorsDemoData.neighbours),
        (.comparators, "demo-comparators.csv", IndicatorsDemoData.comparators),
    ]

    @Test("every demo file streamed in 61-byte pieces stores exactly what the demo's import stores")
    func demoFiles() async throws {
        let imported = try await IndicatorsTestHost.withRunning(demo: true) { host in try await Self.tables(host.storage) }
        #expect(imported["ind_observations"]?.isEmpty == false)
        try await IndicatorsTestHost.withRunning { host in
            var stored = 0
            for (dataset, fileName, text) in Self.demoFiles {
                let result = try await host.client.importStream(Self.pieces(text, dataset: dataset, fileName: fileName))
                #expect(result.dataset == dataset)
                #expect(result.fileName == fileName)
                stored += Int(result.rowsStored)
            }
            #expect(stored == imported.values.reduce(0) { $0 + $1.count })
            #expect(try await Self.tables(host.storage) == imported)
        }
    }

    @Test("a bad file is refused with Import's exact message and stores nothing")
    func badFile() async throws {
        try await IndicatorsTestHost.withRunning { host in
            #expect(try await host.load(.definitions, IndicatorsImporterTests.definitions) == 3)
            let csv = """
                authority_code,indicator_id,period,value,numerator,denominator
                E10000018,cp-reviews,FY2023-24-Q4,87.4,291,333
                E1000001,cp-reviews,FY2023-24-Q4,87.4,,
                E10000018,unknown-one,FY2023-24-Q4,50,,
                E10000018,ehe,FY2023-24-Q3,lots,,

                """
            let whole = await importRefusal { try await host.client.importCSV(dataset: .observations, fileName: "bad.csv", csv: csv) }
            let streamed = await importRefusal { try await host.client.importStream(Self.pieces(csv, dataset: .observations)) }
            #expect(whole.hasPrefix("INVALID_ARGUMENT (3): import refused, nothing stored (3 issues):\nbad.csv:3: column authority_code: "))
            #expect(whole.contains("\nbad.csv:5: column value: "))
            #expect(streamed == whole)
            // No dataset on the first piece: Import's refusal too.
            let unnamed = await importRefusal { try await host.client.importStream(Self.pieces(csv, dataset: .unspecified)) }
            let unnamedWhole = await importRefusal {
                try await host.client.importCSV(dataset: .unspecified, fileName: "bad.csv", csv: csv)
            }
            #expect(unnamed.hasPrefix("INVALID_ARGUMENT (3): "))
            #expect(unnamed == unnamedWhole)
            let count = try await host.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM ind_observations")?.int("n") }
            #expect(count == 0)
        }
    }

    @Test("text past the limit is RESOURCE_EXHAUSTED naming the file; text at the limit is imported")
    func limit() async throws {
        let csv = "authority_code,name\nE10000018,Leicestershire\nE10000013,Gloucestershire\n"
        let limit = csv.utf8.count
        try await TestHost.withRunning(modules: [IndicatorsModule(streamedImportLimitBytes: limit)], mode: .inProcess) { host in
            let client = IndicatorsClient(caller: try await host.caller())
            let over = await importRefusal {
                try await client.importStream(Self.pieces(csv + "E10000031,Warwickshire\n", dataset: .authorities, fileName: "la.csv"))
            }
            #expect(
                over
                    == "RESOURCE_EXHAUSTED (8): la.csv is larger than the \(limit) bytes a streamed indicators import holds; "
                    + "split it by authority or period")
            #expect(try await host.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM ind_authorities")?.int("n") } == 0)
            let stored = try await client.importStream(Self.pieces(csv, dataset: .authorities, fileName: "la.csv"))
            #expect(stored.rowsStored == 2)
        }
    }

    @Test("a file that is not UTF-8 is refused naming its line and byte; no piece at all is INVALID_ARGUMENT")
    func notUTF8() async throws {
        try await IndicatorsTestHost.withRunning { host in
            var bytes = Array("authority_code,name\nE10000018,Leicestershire\nE10000013,Glouc".utf8)
            bytes += [0xE9] + Array("stershire\n".utf8)
            let pieces = AsyncStream<IndicatorsImportChunk> { continuation in
                for start in stride(from: 0, to: bytes.count, by: 7) {
                    continuation.yield(
                        IndicatorsImportChunk(
                            dataset: start == 0 ? .authorities : .unspecified, fileName: start == 0 ? "la.csv" : "",
                            data: Array(bytes[start..<min(start + 7, bytes.count)])))
                }
                continuation.finish()
            }
            #expect(
                await importRefusal { try await host.client.importStream(pieces) }
                    == "INVALID_ARGUMENT (3): import refused, nothing stored (1 issue):\n"
                    + "la.csv:3: byte 16 of the line is not valid UTF-8")
            let none = AsyncStream<IndicatorsImportChunk> { $0.finish() }
            #expect(
                await importRefusal { try await host.client.importStream(none) }
                    == "INVALID_ARGUMENT (3): no IndicatorsImportChunk was sent: the first names the dataset and the file")
        }
    }
}
