import CYPHubCore
import CYPHubTesting
import Testing

@testable import SufficiencyModule

/// Imports: every bad file is refused naming file, line and column, and stores nothing.
@Suite struct SufficiencyImportTests {
    static let areas = """
        authority_code,planning_area,name,phase,secondary_planning_area
        E06000099,P1,Primary one,primary,S1
        E06000099,S1,Secondary one,secondary,

        """
    static let schools = """
        authority_code,urn,name,phase,planning_area,net_capacity,sixth_form
        E06000099,100001,Primary school,primary,P1,420,no
        E06000099,100002,Secondary school,secondary,S1,1200,yes

        """
    static let roll = """
        authority_code,urn,academic_year,year_group,pupils
        E06000099,100001,2023/24,R,60
        E06000099,100001,2023/24,Y1,58
        E06000099,100002,2023/24,Y7,200
        E06000099,100002,2023/24,Y12,90

        """

    /// Runs `body` with a client of a sufficiency module on an in-process test host (the real protobuf-c codec)
    /// holding the files above, and the host's storage.
    static func withSeeded<T: Sendable>(_ body: (SufficiencyClient, Storage) async throws -> T) async throws -> T {
        try await TestHost.withRunning(modules: [SufficiencyModule()], mode: .inProcess) { host in
            let client = SufficiencyClient(caller: try await host.caller())
            for (dataset, csv) in [(SufficiencyDataset.planningAreas, areas), (.schools, schools), (.numberOnRoll, roll)] {
                _ = try await client.importFile(dataset: dataset, fileName: "\(dataset.rawValue).csv", csv: csv)
            }
            return try await body(client, host.storage)
        }
    }

    static func rollRows(_ storage: Storage) async throws -> Int {
        try await storage.read { db in try db.row("SELECT COUNT(*) AS n FROM suf_nor")?.int("n") ?? -1 }
    }

    /// Imports `csv` expecting a refusal; returns its issues.
    static func refused(_ client: SufficiencyClient, _ dataset: SufficiencyDataset, _ csv: String) async throws -> [ImportIssue] {
        do {
            _ = try await client.importFile(dataset: dataset, fileName: "bad.csv", csv: csv)
        } catch let error as RPCError where error.code == .invalidArgument {
            return try importIssues(error)
        }
        Issue.record("the import was accepted")
        return []
    }

    @Test func storesAndReplacesByKey() async throws {
        try await Self.withSeeded { client, storage in
            #expect(try await Self.rollRows(storage) == 4)
            let again = try await client.importFile(
                dataset: .numberOnRoll, fileName: "fix.csv",
                csv:
                    "authority_code,urn,academic_year,year_group,pupils\nE06000099,100001,2023/24,Reception,61\nE06000099,100001,2022/23,R,55\n"
            )
            #expect(again.rows == 2)
            #expect(again.replaced == 1)
            #expect(again.authorities == ["E06000099"])
            #expect(try await Self.rollRows(storage) == 5)
        }
    }

    @Test func aNegativeCohortIsRefusedAndNothingIsStored() async throws {
        try await Self.withSeeded { client, storage in
            let issues = try await Self.refused(
                client, .numberOnRoll,
                "authority_code,urn,academic_year,year_group,pupils\nE06000099,100001,2024/25,R,62\nE06000099,100001,2024/25,Y1,-3\n")
            #expect(issues.count == 1)
            #expect(issues.first?.file == "bad.csv")
            #expect(issues.first?.line == 3)
            #expect(issues.first?.column == "pupils")
            #expect(issues.first?.reason.contains("negative") == true)
            #expect(try await Self.rollRows(storage) == 4)
        }
    }

    @Test func aBadThousandsGroupingIsRefusedAndNothingIsStored() async throws {
        try await Self.withSeeded { client, storage in
            // Every comma used to be deleted: `1,20` pupils was stored as 120.
            let issues = try await Self.refused(
                client, .numberOnRoll,
                "authority_code,urn,academic_year,year_group,pupils\nE06000099,100001,2024/25,R,62\nE06000099,100002,2024/25,Y7,\"1,20\"\n")
            #expect(
                issues == [
                    ImportIssue(
                        file: "bad.csv", line: 3, column: "pupils",
                        reason: "'1,20' is not a whole number: thousands separators must separate groups of three digits")
                ])
            #expect(try await Self.rollRows(storage) == 4)
        }
    }

    @Test func rollsMustBelongToAHeldSchoolOfTheRightPhase() async throws {
        try await Self.withSeeded { client, storage in
            let issues = try await Self.refused(
                client, .numberOnRoll,
                """
                authority_code,urn,academic_year,year_group,pupils
                E06000099,100001,2024/25,R,62
                E06000099,999999,2024/25,R,10
                E06000099,100001,2024/25,Y7,10
                E06000099,100001,2024/25,Y14,10

                """)
            // Line 5 fails while parsing, so the file is refused before the references are checked.
            #expect(issues.map(\.line) == [5])
            #expect(issues.first?.column == "year_group")
            let references = try await Self.refused(
                client, .numberOnRoll,
                """
                authority_code,urn,academic_year,year_group,pupils
                E06000099,100001,2024/25,R,62
                E06000099,999999,2024/25,R,10
                E06000099,100001,2024/25,Y7,10

                """)
            #expect(references.map(\.line) == [3, 4])
            #expect(references.allSatisfy { $0.column == "urn" })
            #expect(references[0].reason.contains("not held"))
            #expect(references[1].reason.contains("not a secondary school"))
            #expect(try await Self.rollRows(storage) == 4)
        }
    }

    @Test func sixthFormYearsNeedASixthForm() async throws {
        try await Self.withSeeded { client, _ in
            _ = try await client.importFile(
                dataset: .schools, fileName: "s.csv",
                csv: "authority_code,urn,name,phase,planning_area,net_capacity\nE06000099,100003,High,secondary,S1,900\n")
            let issues = try await Self.refused(
                client, .numberOnRoll, "authority_code,urn,academic_year,year_group,pupils\nE06000099,100003,2023/24,Y12,40\n")
            #expect(issues.first?.reason.contains("no sixth form") == true)
        }
    }

    @Test func schoolsMustBeInAHeldAreaOfTheirPhase() async throws {
        try await Self.withSeeded { client, storage in
            let issues = try await Self.refused(
                client, .schools,
                """
                authority_code,urn,name,phase,planning_area,net_capacity
                E06000099,100005,Wrong phase,primary,S1,210
                E06000099,100006,No area,primary,P9,210

                """)
            #expect(issues.map(\.line) == [2, 3])
            #expect(issues[0].reason.contains("is a secondary area"))
            #expect(issues[1].reason.contains("P9 is not held"))
            let schools = try await storage.read { db in try db.row("SELECT COUNT(*) AS n FROM suf_schools")?.int("n") }
            #expect(schools == 2)
        }
    }

    @Test func parsingErrorsNameEveryBadLine() async throws {
        try await Self.withSeeded { client, _ in
            let issues = try await Self.refused(
                client, .schools,
                """
                authority_code,urn,name,phase,planning_area,net_capacity,opening_year,closing_year,provision,primary_places,secondary_places
                E06000099,12,Short URN,primary,P1,210,,,,,
                E06000099,100007,Closes first,primary,P1,210,2025/26,2024/25,,,
                E06000099,100008,Special,specialist,P1,100,,,special_school,80,40
                E06000099,100009,Mainstream places,primary,P1,210,,,,20,
                E06000099,100010,Bad year,primary,P1,210,2025/27,,,,

                """)
            #expect(issues.map(\.line) == [2, 3, 4, 5, 6])
            #expect(issues.map(\.column) == ["urn", "closing_year", "secondary_places", "primary_places", "opening_year"])
        }
    }

    @Test func theProtoEnumsDefaultUnspecifiedIsNotAPhase() async throws {
        try await Self.withSeeded { client, _ in
            let issues = try await Self.refused(
                client, .planningAreas, "authority_code,planning_area,name,phase\nE06000099,X1,No phase,unspecified\n")
            #expect(issues.map(\.line) == [2])
            #expect(issues.map(\.column) == ["phase"])
            #expect(issues.first?.reason == "'unspecified' is not one of primary, secondary, specialist")
        }
    }

    @Test func unknownDatasetAndDuplicateKeys() async throws {
        try await Self.withSeeded { client, _ in
            await #expect {
                _ = try await client.caller.unary(
                    Sufficiency.Method.Import.self, request: ImportRequest(dataset: "pupils", fileName: "x.csv", csv: "a\n1\n"))
            } throws: { error in
                (error as? RPCError)?.code == .invalidArgument && "\(error)".contains("planning_areas")
            }
            let issues = try await Self.refused(
                client, .births,
                "authority_code,planning_area,year,births\nE06000099,P1,2019,100\nE06000099,P1,2019,101\nE06000099,S1,2019,50\n")
            // The duplicate is found while parsing; the secondary area only when references are checked.
            #expect(issues.map(\.line) == [3])
            #expect(issues.first?.reason.contains("repeats line 2") == true)
        }
    }

    @Test func housingAndPlaceChangesNeedHeldAreas() async throws {
        try await Self.withSeeded { client, _ in
            let housing = try await Self.refused(
                client, .housing, "authority_code,planning_area,academic_year,dwellings\nE06000099,Q1,2025/26,100\n")
            #expect(housing.first?.column == "planning_area")
            let changes = try await Self.refused(
                client, .placeChanges,
                "authority_code,planning_area,academic_year,reference,places\nE06000099,P1,2025/26,bulge,0\n")
            #expect(changes.first?.column == "places")
        }
    }
}
