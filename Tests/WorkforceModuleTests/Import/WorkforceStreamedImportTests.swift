import CYPHubCore
import CYPHubTesting
import Testing

@testable import WorkforceModule

/// `ImportStream` in process (the real codec and dispatch table): the same checks, messages and rows as `Import`, the
/// file in pieces that end anywhere.
@Suite("Workforce streamed import")
struct WorkforceStreamedImportTests {
    static func pieces(_ text: String, dataset: String, fileName: String = "", size: Int = 61)
        -> AsyncStream<WorkforceImportChunk>
    {
        importPieces(text, size: size) { bytes, first in
            WorkforceImportChunk(dataset: first ? dataset : "", fileName: first ? fileName : "", data: bytes)
        }
    }

    @Test("each demo file streamed again replaces every row Import stored with the same rows, in the same order")
    func demoFiles() async throws {
        try await withWorkforce(demoData: true) { client in
            let establishment = try await client.establishment(authority: "E06000016")
            let agency = try await client.agencyCost(authority: "E06000016")
            for file in WorkforceDemoData.files {
                let result = try await client.importStream(
                    Self.pieces(file.csv, dataset: file.dataset.rawValue, fileName: file.fileName))
                #expect(result.rows > 0)
                #expect(result.replaced == result.rows)
                #expect(result.fileName == file.fileName)
            }
            #expect(try await client.establishment(authority: "E06000016") == establishment)
            #expect(try await client.agencyCost(authority: "E06000016") == agency)
        }
    }

    @Test("pay rates missing an employment type are refused with Import's exact message; a repeated team names its line")
    func crossRowChecks() async throws {
        let payRates = """
            authority_code,as_at,employment_type,monthly_cost
            E06000016,2025-01-14,employed,3495
            E06000016,2025-01-14,agency,5440
            E06000016,2025-06-30,employed,3600
            """
        let staffReturn = """
            authority_code,as_at,team,employed_fte,employed_headcount,agency_fte,agency_headcount,vacancy_fte,leaver_fte,case_holder_fte,cases
            E06000016,2024-09-30,A,5,5,0,0,0,0,4,60
            E06000016,2024-09-30,B,5,5,0,0,0,0,4,60
            E06000016,2024-09-30,A,5,5,0,0,0,0,4,60
            E06000016,2024-09-30,C,5,4,0,0,0,0,4,60
            """
        try await withWorkforce { client in
            let whole = await importRefusal { try await client.importFile(dataset: .payRates, fileName: "f.csv", csv: payRates) }
            let streamed = await importRefusal {
                try await client.importStream(Self.pieces(payRates, dataset: "pay_rates", fileName: "f.csv", size: 3))
            }
            #expect(streamed == whole)
            let missing = await importRefusal {
                try await client.importStream(Self.pieces(payRates, dataset: "pay_rates", fileName: "f.csv"))
            }
            #expect(
                missing
                    == "INVALID_ARGUMENT (3): import refused, nothing stored (1 issue):\nf.csv:4: column employment_type: "
                    + "E06000016 2025-06-30 has no agency row; give both employed and agency for each authority and date")
            // A repeat is found as its row arrives, so it is reported with the bad rows (Import reports it only once
            // every row is good).
            let repeated = await importRefusal {
                try await client.importStream(Self.pieces(staffReturn, dataset: "staff_return", fileName: "s.csv"))
            }
            #expect(repeated.hasPrefix("INVALID_ARGUMENT (3): import refused, nothing stored (2 issues):"))
            #expect(repeated.contains("s.csv:4: column team: E06000016 2024-09-30 team 'A' repeats line 2"))
            #expect(repeated.contains("s.csv:5: column employed_fte:"))
            let unknown = await importRefusal { try await client.importStream(Self.pieces(payRates, dataset: "rates")) }
            #expect(unknown == "INVALID_ARGUMENT (3): dataset: 'rates' is not one of establishment, staff_return, pay_rates")
            let empty = await importRefusal {
                try await client.importStream(Self.pieces("authority_code,as_at,employment_type,monthly_cost\n", dataset: "pay_rates"))
            }
            #expect(empty.contains("pay_rates.csv: the file has a header but no rows"))
        }
    }
}
