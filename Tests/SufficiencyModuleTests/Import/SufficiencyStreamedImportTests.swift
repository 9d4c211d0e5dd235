import CYPHubCore
import CYPHubTesting
import Foundation
import Testing

@testable import SufficiencyModule

/// `ImportStream` in process (the real codec and dispatch table): the same checks, messages and rows as `Import`, the
/// file in pieces that end anywhere.
@Suite("Sufficiency streamed import")
struct SufficiencyStreamedImportTests {
    static func pieces(_ text: String, dataset: String, fileName: String = "bad.csv", size: Int = 9)
        -> AsyncStream<SufficiencyImportChunk>
    {
        importPieces(text, size: size) { bytes, first in
            SufficiencyImportChunk(dataset: first ? dataset : "", fileName: first ? fileName : "", data: bytes)
        }
    }

    @Test("each demo file streamed again replaces every row with the same row, so the forecast is unchanged")
    func demoFiles() async throws {
        try await SufficiencyHandlersTests.withDemo { client, _ in
            let before = try await client.planningAreas(authority: "E10000018")
            for file in SufficiencyDemoData.files {
                let result = try await client.importStream(
                    Self.pieces(file.csv, dataset: file.dataset.rawValue, fileName: file.fileName, size: 4_096))
                #expect(result.rows > 0)
                #expect(result.replaced == result.rows)
                #expect(result.authorities == ["E10000018"])
            }
            #expect(try await client.planningAreas(authority: "E10000018") == before)
        }
    }

    @Test("rows are checked against what is held with Import's exact message; a secondary area later in the file counts")
    func heldReferences() async throws {
        try await SufficiencyImportTests.withSeeded { client, storage in
            let roll = """
                authority_code,urn,academic_year,year_group,pupils
                E06000099,100001,2024/25,R,62
                E06000099,999999,2024/25,R,10
                E06000099,100001,2024/25,Y7,10

                """
            let whole = await importRefusal { try await client.importFile(dataset: .numberOnRoll, fileName: "bad.csv", csv: roll) }
            let streamed = await importRefusal { try await client.importStream(Self.pieces(roll, dataset: "number_on_roll")) }
            #expect(whole.contains("bad.csv:3: column urn: URN 999999 is not held for E06000099; import schools first"))
            #expect(whole.contains("bad.csv:4: column urn: URN 100001 is not a secondary school"))
            #expect(streamed == whole)
            // A repeat is found as it arrives, so it is reported with the rest (Import reports it alone, before the
            // references are checked).
            let repeated = await importRefusal {
                try await client.importStream(Self.pieces(roll + "E06000099,100001,2024/25,R,63\n", dataset: "number_on_roll"))
            }
            #expect(
                repeated
                    == whole.replacingOccurrences(of: "(2 issues)", with: "(3 issues)")
                    + "\nbad.csv:5: column year_group: E06000099 URN 100001 2024/25 R repeats line 2")
            #expect(try await SufficiencyImportTests.rollRows(storage) == 4)

            let areas = """
                authority_code,planning_area,name,phase,secondary_planning_area
                E06000099,P2,Primary two,primary,S2
                E06000099,P3,Primary three,primary,S9
                E06000099,P4,Primary four,primary,P1
                E06000099,S2,Secondary two,secondary,

                """
            let wholeAreas = await importRefusal {
                try await client.importFile(dataset: .planningAreas, fileName: "bad.csv", csv: areas)
            }
            let streamedAreas = await importRefusal {
                try await client.importStream(Self.pieces(areas, dataset: "planning_areas", size: 5))
            }
            #expect(streamedAreas == wholeAreas)
            #expect(streamedAreas.hasPrefix("INVALID_ARGUMENT (3): import refused, nothing stored (2 issues):"))
            #expect(streamedAreas.contains("bad.csv:3: column secondary_planning_area: secondary planning area S9"))
            let good = areas.split(separator: "\n").enumerated().filter { ![2, 3].contains($0.offset) }.map(\.element)
            let stored = try await client.importStream(
                Self.pieces(good.joined(separator: "\n"), dataset: "planning_areas", fileName: "areas.csv"))
            #expect(stored.rows == 2)
            #expect(stored.replaced == 0)
        }
    }
}
