import CYPHubCore
import CYPHubTesting
import Testing

@testable import CapitalModule

/// `ImportStream` in process (the real codec and dispatch table): the files' text is held until the last piece, then
/// imported by `Import`'s own code, so the versions, checks across the files and messages are `Import`'s; the limit on
/// what is held.
@Suite("Capital streamed import")
struct CapitalStreamedImportTests {
    /// The request's files in pieces of `size` bytes: the first piece carries the version's fields, each file's first
    /// piece its dataset and file name.
    static func pieces(_ request: CapitalImportRequest, size: Int = 61) -> AsyncStream<CapitalImportChunk> {
        var pieces: [CapitalImportChunk] = []
        for file in request.files {
            let bytes = Array(file.csv.utf8)
            for start in stride(from: 0, to: max(bytes.count, 1), by: size) {
                var piece = CapitalImportChunk(data: Array(bytes[start..<min(start + size, bytes.count)]))
                if start == 0 { (piece.dataset, piece.fileName) = (file.dataset, file.fileName) }
                pieces.append(piece)
            }
        }
        if !pieces.isEmpty {
            (pieces[0].authority, pieces[0].version, pieces[0].label) = (request.authority, request.version, request.label)
            (pieces[0].firstYear, pieces[0].lastYear, pieces[0].replace) = (request.firstYear, request.lastYear, request.replace)
        }
        return AsyncStream { continuation in
            for piece in pieces { continuation.yield(piece) }
            continuation.finish()
        }
    }

    /// Every row of every `cap_` table, without the time each version was imported.
    static func tables(_ storage: Storage) async throws -> [String: Set<SQLRow>] {
        try await storage.read { db in
            var tables: [String: Set<SQLRow>] = [:]
            for table in ["cap_version", "cap_project", "cap_spend", "cap_funding"] {
                tables[table] = Set(
                    try db.rows("SELECT * FROM \(table)").map { row in
                        SQLRow(columns: row.columns.filter { $0.key != "imported_at" })
                    })
            }
            return tables
        }
    }

    @Test("both demo versions streamed in 61-byte pieces store exactly what Import stores, and answer the same")
    func demoVersions() async throws {
        let (imported, importedCounts) = try await TestHost.withRunning(modules: [CapitalModule()], mode: .inProcess) { host in
            let client = CapitalClient(caller: try await host.caller())
            var counts: [[Int]] = []
            for request in CapitalDemoData.requests { counts.append(try await client.importProgramme(request).files.map(\.rows)) }
            return (try await Self.tables(host.storage), counts)
        }
        #expect(imported["cap_project"]?.isEmpty == false)
        try await TestHost.withRunning(modules: [CapitalModule()], mode: .inProcess) { host in
            let client = CapitalClient(caller: try await host.caller())
            var counts: [[Int]] = []
            for request in CapitalDemoData.requests {
                let result = try await client.importStream(Self.pieces(request))
                #expect(result.version == request.version)
                #expect(result.files.map(\.fileName) == request.files.map(\.fileName))
                counts.append(result.files.map(\.rows))
            }
            #expect(counts == importedCounts)
            #expect(try await Self.tables(host.storage) == imported)
            // The version's fields come from the first piece only: streamed again, the seed is already held.
            let again = await importRefusal { try await client.importStream(Self.pieces(CapitalDemoData.seed)) }
            #expect(again.hasPrefix("ALREADY_EXISTS (6): version 2024-01-23 of E10000018's capital programme is held"))
        }
    }

    @Test("files that fail checks across them are refused with Import's exact message and store nothing")
    func badFiles() async throws {
        try await SmallProgramme.withClient { client in
            let spend = SmallProgramme.spend + "A,2027/28,0\nQ,2024/25,5\n"
            let funding = SmallProgramme.funding + "Developer,external_contribution,2024/25,50,Z\n"
            let request = CapitalImportTests.later(spend: spend, funding: funding)
            let whole = await importRefusal { try await client.importProgramme(request) }
            let streamed = await importRefusal { try await client.importStream(Self.pieces(request)) }
            #expect(whole.hasPrefix("INVALID_ARGUMENT (3): import refused, nothing stored (3 issues):\nspend.csv:13: column year: "))
            #expect(whole.contains("\nfunding.csv:10: column project_id: funding for an unknown project 'Z'"))
            #expect(streamed == whole)
            // A first piece naming no dataset, and a missing spend file: Import's refusals too.
            var unnamed = request
            unnamed.files[0].dataset = ""
            let unnamedStreamed = await importRefusal { try await client.importStream(Self.pieces(unnamed)) }
            #expect(unnamedStreamed.hasPrefix("INVALID_ARGUMENT (3): files[0].dataset: '' is not one of "))
            #expect(unnamedStreamed == (await importRefusal { try await client.importProgramme(unnamed) }))
            let noSpend = SmallProgramme.request(version: "2024-06-01", spend: nil)
            #expect(
                await importRefusal { try await client.importStream(Self.pieces(noSpend)) }
                    == "INVALID_ARGUMENT (3): files: no spend file; an import needs projects and spend files (funding is optional)")
            let held = try await client.versions(authority: "E10000018")
            #expect(held.versions.map(\.version) == ["2024-01-01"])
        }
    }

    @Test("text past the limit is RESOURCE_EXHAUSTED naming the file that went over it; at the limit it is imported")
    func limit() async throws {
        let request = SmallProgramme.request()
        let sizes = request.files.map(\.csv.utf8.count)
        let total = sizes.reduce(0, +)
        let hint = "a programme's projects, spend and funding files are far smaller; check the files given"
        for (limit, refusal) in [
            (sizes[0] - 1, "projects.csv is larger than"),
            (sizes[0] + sizes[1] - 1, "spend.csv takes the files past"),
            (total - 1, "funding.csv takes the files past"),
        ] {
            let refusal = refusal + " the \(limit) bytes a streamed capital import holds; \(hint)"
            try await TestHost.withRunning(modules: [CapitalModule(streamedImportLimitBytes: limit)], mode: .inProcess) { host in
                let client = CapitalClient(caller: try await host.caller())
                #expect(await importRefusal { try await client.importStream(Self.pieces(request)) } == "RESOURCE_EXHAUSTED (8): " + refusal)
                #expect(try await host.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM cap_version")?.int("n") } == 0)
            }
        }
        try await TestHost.withRunning(modules: [CapitalModule(streamedImportLimitBytes: total)], mode: .inProcess) { host in
            let client = CapitalClient(caller: try await host.caller())
            #expect(try await client.importStream(Self.pieces(request)).files.map(\.rows) == [5, 11, 8])
        }
    }
}
