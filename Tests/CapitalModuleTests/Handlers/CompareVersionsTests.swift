import CYPHubCore
import Testing

@testable import CapitalModule

@Suite("CompareVersions: re-phasing")
struct CompareVersionsTests {
    /// The small programme changed: A unchanged; B slipped (1,000 from 2025/26 to 2026/27, opening a year
    /// later); C cost 6,000 → 6,600 (+600 in 2026/27); D dropped; E accelerated (all 1,000 in 2024/25);
    /// F added (1,200 in 2026/27).
    static let laterProjects = """
        project_id,name,category,gross_cost,spent_before,places,planning_area,phase,opening_year
        A,Primary A,additional_school_places,"4,000",500,200,P01,primary,2025/26
        B,Primary B,additional_school_places,"3,000",0,100,P02,primary,2027/28
        C,Secondary C,additional_school_places,"6,600",0,250,S01,secondary,2026/27
        E,Roofs,strategic_capital_maintenance,"1,000",0,,,,
        F,Primary F,additional_school_places,"1,200",0,60,P03,primary,2027/28
        """

    static let laterSpend = """
        project_id,year,amount
        A,2024/25,"2,000"
        A,2025/26,"1,500"
        B,2026/27,"3,000"
        C,2024/25,"1,000"
        C,2025/26,"3,000"
        C,2026/27,"2,600"
        E,2024/25,"1,000"
        F,2026/27,"1,200"
        """

    /// Runs `body` with a client whose host holds the small programme (2024-01-01) and this later version (2024-06-01).
    static func withClient<T: Sendable>(_ body: (CapitalClient) async throws -> T) async throws -> T {
        try await SmallProgramme.withClient { client in
            _ = try await client.importProgramme(
                SmallProgramme.request(version: "2024-06-01", projects: laterProjects, spend: laterSpend, funding: nil))
            return try await body(client)
        }
    }

    @Test("Added, dropped, slipped, accelerated, cost changed and unchanged, with the net change per year")
    func rephasing() async throws {
        try await Self.withClient { client in
            let comparison = try await client.compare(authority: "E10000018")
            #expect(comparison.fromVersion?.version == "2024-01-01")
            #expect(comparison.toVersion?.version == "2024-06-01")
            #expect(comparison.years.map(\.description) == ["2024/25", "2025/26", "2026/27"])
            let byID = Dictionary(uniqueKeysWithValues: comparison.projects.map { ($0.projectId, $0) })
            // The later version's order, then the dropped project.
            #expect(comparison.projects.map(\.projectId) == ["A", "B", "C", "E", "F", "D"])
            #expect(byID["A"]?.kind == .unchanged)
            #expect(byID["A"]?.rephasing == Rephasing.none)
            let b = try #require(byID["B"])
            #expect(b.kind == .rephased)
            #expect(b.rephasing == .slipped)
            #expect(b.byYear.map(\.before) == [0, 1_000, 2_000])
            #expect(b.byYear.map(\.after) == [0, 0, 3_000])
            #expect(b.byYear.map(\.change) == [0, -1_000, 1_000])
            #expect(b.totalChange == 0)
            #expect(b.openingYearChanged)
            #expect(b.openingYearShift == 1)
            #expect(b.placesChanged == false)
            let c = try #require(byID["C"])
            #expect(c.kind == .costChanged)
            #expect(c.grossCostBefore == 6_000)
            #expect(c.grossCostAfter == 6_600)
            #expect(c.grossCostChange == 600)
            #expect(c.byYear.map(\.change) == [0, 0, 600])
            #expect(c.totalChange == 600)
            let d = try #require(byID["D"])
            #expect(d.kind == .dropped)
            #expect(d.byYear.map(\.after) == [0, 0, 0])
            #expect(d.totalBefore == 2_400)
            #expect(d.totalChange == -2_400)
            #expect(d.placesBefore?.places == 40)
            #expect(d.placesAfter == nil)
            let e = try #require(byID["E"])
            #expect(e.kind == .rephased)
            #expect(e.rephasing == .accelerated)
            #expect(e.byYear.map(\.change) == [500, -0.5, -499.5])
            let f = try #require(byID["F"])
            #expect(f.kind == .added)
            #expect(f.totalAfter == 1_200)
            #expect(f.placesAfter?.places == 60)
            #expect(f.placesBefore == nil)
            #expect(f.openingYearChanged == false)
            #expect(
                [comparison.added, comparison.dropped, comparison.rephased, comparison.costChanged, comparison.unchanged] == [
                    1, 1, 2, 1, 1,
                ])
            // Before 5,900 / 5,500.5 / 4,499.5; after 2,000 + 1,000 + 1,000 = 4,000; 1,500 + 3,000 = 4,500;
            // 3,000 + 2,600 + 1,200 = 6,800.
            #expect(comparison.netByYear.map(\.before) == [5_900, 5_500.5, 4_499.5])
            #expect(comparison.netByYear.map(\.after) == [4_000, 4_500, 6_800])
            #expect(comparison.netByYear.map(\.change) == [-1_900, -1_000.5, 2_300.5])
            // Net −600: C +600, D −2,400, F +1,200.
            #expect(comparison.totalBefore == 15_900)
            #expect(comparison.totalAfter == 15_300)
            #expect(comparison.totalChange == -600)
        }
    }

    @Test("Naming versions: both, either, reversed; errors name what is held")
    func naming() async throws {
        try await Self.withClient { client in
            let reversed = try await client.compare(authority: "E10000018", from: "2024-06-01", to: "2024-01-01")
            #expect(reversed.projects.first { $0.projectId == "B" }?.rephasing == .accelerated)
            #expect(reversed.projects.first { $0.projectId == "F" }?.kind == .dropped)
            #expect(reversed.projects.first { $0.projectId == "D" }?.kind == .added)
            let toOnly = try await client.compare(authority: "E10000018", to: "2024-06-01")
            #expect(toOnly.fromVersion?.version == "2024-01-01")
            let missing = try await #require(throws: RPCError.self) {
                try await client.compare(authority: "E10000018", from: "2023-01-01")
            }
            #expect(missing.code == .notFound)
            #expect(missing.message.contains("from_version"))
            #expect(missing.message.contains("held: 2024-06-01, 2024-01-01"))
            let same = try await #require(throws: RPCError.self) {
                try await client.compare(authority: "E10000018", from: "2024-01-01", to: "2024-01-01")
            }
            #expect(same.code == .invalidArgument)
            let nothingOlder = try await #require(throws: RPCError.self) {
                try await client.compare(authority: "E10000018", to: "2024-01-01")
            }
            #expect(nothingOlder.code == .failedPrecondition)
        }
    }

    @Test("Fewer than two versions and none named is FAILED_PRECONDITION")
    func tooFew() async throws {
        try await SmallProgramme.withClient { client in
            let error = try await #require(throws: RPCError.self) { try await client.compare(authority: "E10000018") }
            #expect(error.code == .failedPrecondition)
            #expect(error.message.contains("held: 2024-01-01"))
            let none = try await #require(throws: RPCError.self) { try await client.compare(authority: "E06000016") }
            #expect(none.code == .failedPrecondition)
            #expect(none.message.contains("held: none"))
        }
    }
}
