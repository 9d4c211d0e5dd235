import CYPHubCore
import CYPHubTesting
import Testing

@testable import SENDModule

/// `ImportStream` in process (the real codec and dispatch table): the same checks, messages and rows as `Import`, the
/// file in pieces that end anywhere.
@Suite("SEND streamed import")
struct SENDStreamedImportTests {
    static func pieces(_ text: String, dataset: String, fileName: String = "", size: Int = 97) -> AsyncStream<SENDImportChunk> {
        importPieces(text, size: size) { bytes, first in
            SENDImportChunk(dataset: first ? dataset : "", fileName: first ? fileName : "", data: bytes)
        }
    }

    @Test("every demo file streamed in 97-byte pieces stores what Import stores, the High Needs plan included")
    func demoFiles() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            for file in SENDDemoData.files {
                let result = try await host.client.importStream(
                    Self.pieces(file.text, dataset: file.dataset.rawValue, fileName: file.fileName))
                #expect(result.dataset == file.dataset.rawValue)
                #expect(result.fileName == file.fileName)
            }
            #expect(try await host.count("send_hn_lines") == 33)
            #expect(try await host.count("send_hn_savings_detail") == 28)
            #expect(try await host.count("send_assessments") == 126)
            #expect(try await host.count("send_caseload") == 33)
            let forecast = try await host.client.highNeedsForecast(authority: "E10000018")
            #expect(forecast.years.first?.placementCosts == 120_579)
        }
    }

    @Test("cross-row checks of High Needs lines and savings detail refuse with Import's exact message; nothing changes")
    func crossRowChecks() async throws {
        let lines = """
            authority_code,plan_id,line,workstream,year,amount_000,growth_pct
            E10000018,mtfs-2024-28,placement_costs,,2024/25,100,
            E10000018,mtfs-2024-28,placement_costs,,2025/26,100,
            E10000018,mtfs-2024-28,placement_costs,,2025/26,100,
            E10000018,mtfs-2024-28,placement_costs,,2028/29,100,
            E10000018,mtfs-2024-28,other_costs,,2024/25,100,3
            E10000018,mtfs-2024-28,other_costs,,2025/26,100,
            """
        let details = """
            authority_code,plan_id,workstream,line_name,year,amount_000
            E10000018,mtfs-2024-28,TSIL,Line A,2024/25,-1
            E10000018,mtfs-2024-28,Increase in Local Specialist Places,Line B,2024/25,-1
            E10000018,mtfs-2024-28,Increase in Local Specialist Places,Line B,2024/25,-2
            E10000018,other-plan,Increase in Local Specialist Places,Line C,2024/25,-2
            """
        try await SENDTestHost.withRunning(demo: true) { host in
            for (dataset, csv) in [("high_needs_lines", lines), ("high_needs_savings_detail", details)] {
                let whole = await importRefusal {
                    try await host.client.importCSV(dataset: dataset, fileName: "f.csv", csv: csv)
                }
                let streamed = await importRefusal {
                    try await host.client.importStream(Self.pieces(csv, dataset: dataset, fileName: "f.csv", size: 5))
                }
                #expect(whole.hasPrefix("INVALID_ARGUMENT (3): import refused, nothing stored"))
                #expect(streamed == whole)
            }
            let message = await importRefusal {
                try await host.client.importStream(Self.pieces(lines, dataset: "high_needs_lines", fileName: "f.csv"))
            }
            #expect(message.contains("f.csv:4: column year: placement_costs has a figure for 2025/26 already (line 3)"))
            let held = (lines: try await host.count("send_hn_lines"), details: try await host.count("send_hn_savings_detail"))
            #expect(held.lines == 33)
            #expect(held.details == 28)
        }
    }

    @Test("a repeated key is refused naming both lines, with every bad row; the first piece must name a dataset")
    func duplicatesAndDataset() async throws {
        let csv = """
            authority_code,plan_id,request_received,final_plan_issued
            E06000016,P1,2024-01-05,2024-05-01
            E06000016,P2,2024-01-05,
            E06000016,P1,2024-02-05,
            E06000016,P3,2024-13-05,
            """
        try await SENDTestHost.withRunning(demo: false) { host in
            let message = await importRefusal {
                try await host.client.importStream(Self.pieces(csv, dataset: "ehcp_assessments", size: 4))
            }
            #expect(message.hasPrefix("INVALID_ARGUMENT (3): import refused, nothing stored (2 issues):"))
            #expect(message.contains("ehcp_assessments.csv:4: column plan_id: plan P1 appears twice (first on line 2)"))
            #expect(message.contains("ehcp_assessments.csv:5: column request_received:"))
            #expect(try await host.count("send_assessments") == 0)
            let unknown = await importRefusal { try await host.client.importStream(Self.pieces(csv, dataset: "plans")) }
            #expect(unknown.hasPrefix("INVALID_ARGUMENT (3): dataset: 'plans' is not one of caseload, new_plans"))
            let stored = try await host.client.importStream(
                Self.pieces(csv.split(separator: "\n").prefix(3).joined(separator: "\n"), dataset: "EHCP_ASSESSMENTS"))
            #expect(stored.rowsStored == 2)
            #expect(stored.fileName == "ehcp_assessments.csv")
            #expect(try await host.count("send_assessments") == 2)
        }
    }
}
