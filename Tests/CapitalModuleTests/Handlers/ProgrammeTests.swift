import CYPHubCore
import Testing

@testable import CapitalModule

@Suite("GetProgramme and ListVersions")
struct ProgrammeTests {
    @Test("Totals by project, category, group and year, worked by hand")
    func totals() async throws {
        try await SmallProgramme.withClient { client in
            let programme = try await client.programme(authority: "e10000018")
            #expect(programme.authority == "E10000018")
            #expect(programme.version?.version == "2024-01-01")
            #expect(programme.years.map(\.description) == ["2024/25", "2025/26", "2026/27"])
            // 2,000 + 1,000 + 2,400 + 500 = 5,900; 1,500 + 1,000 + 3,000 + 0.5 = 5,500.5; 2,000 + 2,000 + 499.5 = 4,499.5.
            #expect(amounts(programme.byYear) == [5_900, 5_500.5, 4_499.5])
            #expect(programme.total == 15_900)
            // Gross cost 4,000 + 3,000 + 6,000 + 2,400 + 1,000 = 16,400, of which 500 was spent before 2024/25.
            #expect(programme.grossCost == 16_400)
            #expect(programme.spentBefore == 500)
            let a = try #require(programme.projects.first)
            #expect(a.projectId == "A")
            #expect(amounts(a.byYear) == [2_000, 1_500, 0])
            #expect(a.total == 3_500)
            #expect(a.spentBefore == 500)
            #expect(a.grossCost == 4_000)
            #expect(a.estimatedCompletion == "2026-03")
            #expect(programme.projects[1].estimatedCompletion == "2027-03")
            #expect(programme.projects[2].estimatedCompletion == "")
            let e = try #require(programme.projects.last)
            #expect(e.places == nil)
            #expect(amounts(e.byYear) == [500, 0.5, 499.5])
            #expect(
                programme.categories.map(\.category) == ["additional_school_places", "send_programme", "strategic_capital_maintenance"])
            #expect(amounts(programme.categories[0].byYear) == [3_000, 5_500, 4_000])
            #expect(programme.categories[0].total == 12_500)
            #expect(programme.categories[0].grossCost == 13_000)
            #expect(programme.groups.map(\.title) == ["Additional School Places", "SEND Programme", "Other Capital"])
            #expect(amounts(programme.groups[2].byYear) == [500, 0.5, 499.5])
            #expect(programme.groups[2].categories == ["strategic_capital_maintenance"])
            #expect(programme.versions.map(\.version) == ["2024-01-01"])
        }
    }

    @Test("A programme whose funding falls short shows the gap by year and in total")
    func fundingGap() async throws {
        try await SmallProgramme.withClient { client in
            let programme = try await client.programme(authority: "E10000018")
            let balance = programme.balanceByYear
            #expect(balance.map(\.period) == ["2024/25", "2025/26", "2026/27"])
            // Funding 3,000 + 1,000 + 1,200 + 100 = 5,300; 3,000 + 1,500 = 4,500; 2,000 − 200 = 1,800.
            #expect(balance.map(\.funding) == [5_300, 4_500, 1_800])
            #expect(balance.map(\.external) == [4_000, 4_500, 2_000])
            #expect(balance.map(\.reserve) == [1_200, 0, -200])
            #expect(balance.map(\.council) == [100, 0, 0])
            // Gap = spend − funding: 5,900 − 5,300 = 600; 5,500.5 − 4,500 = 1,000.5; 4,499.5 − 1,800 = 2,699.5.
            #expect(balance.map(\.gap) == [600, 1_000.5, 2_699.5])
            #expect(programme.balance?.spend == 15_900)
            #expect(programme.balance?.funding == 11_600)
            #expect(programme.balance?.gap == 4_300)
            #expect(programme.version?.gap == 4_300)
            #expect(programme.version?.funding == 11_600)
            // Funding lines: S106 is for project C only, 1,000 + 1,500 = 2,500.
            let s106 = try #require(programme.funding.first { $0.source == "S106" })
            #expect(s106.projectIds == ["C"])
            #expect(s106.total == 2_500)
            #expect(programme.funding.first { $0.source == "Basic Need" }?.projectIds == [])
            #expect(programme.projects.first { $0.projectId == "C" }?.projectFunding == 2_500)
            #expect(programme.projects.first { $0.projectId == "A" }?.projectFunding == 0)
        }
    }

    @Test("Cost per place by project, category and phase, worked by hand")
    func costPerPlace() async throws {
        try await SmallProgramme.withClient { client in
            let programme = try await client.programme(authority: "E10000018")
            // Projects: A 4,000,000 / 200 = 20,000; B 3,000,000 / 100 = 30,000; C 6,000,000 / 250 = 24,000; D 2,400,000 / 40.
            #expect(programme.projects.compactMap(\.places?.costPerPlacePounds) == [20_000, 30_000, 24_000, 60_000])
            #expect(programme.projects[0].places?.phase == .primary)
            #expect(programme.projects[0].places?.planningArea == "P01")
            #expect(programme.projects[0].places?.openingYear.description == "2025/26")
            // Phase: primary (4,000 + 3,000) / (200 + 100) = 23,333.33; secondary 24,000; specialist 60,000.
            let byPhase = programme.costPerPlaceByPhase
            #expect(byPhase.map(\.phase) == [.primary, .secondary, .specialist])
            #expect(byPhase.map(\.projects) == [2, 1, 1])
            #expect(byPhase.map(\.places) == [300, 250, 40])
            #expect(byPhase.map(\.grossCost) == [7_000, 6_000, 2_400])
            #expect(abs(byPhase[0].costPerPlacePounds - 23_333.333) < 0.001)
            #expect(byPhase[1].costPerPlacePounds == 24_000)
            #expect(byPhase[2].costPerPlacePounds == 60_000)
            // Category: additional places 13,000,000 / 550 = 23,636.36; SEND 60,000; maintenance adds no places.
            let byCategory = programme.costPerPlaceByCategory
            #expect(byCategory.map(\.category) == ["additional_school_places", "send_programme"])
            #expect(byCategory[0].title == "Additional School Places")
            #expect(byCategory[0].places == 550)
            #expect(abs(byCategory[0].costPerPlacePounds - 23_636.364) < 0.001)
            #expect(byCategory[1].costPerPlacePounds == 60_000)
        }
    }

    @Test("Versions are kept, listed newest first, and each can be read")
    func versions() async throws {
        try await SmallProgramme.withClient { client in
            _ = try await client.importProgramme(SmallProgramme.request(version: "2023-06-30", funding: nil))
            let list = try await client.versions(authority: "E10000018")
            #expect(list.unit == "£000")
            #expect(list.versions.map(\.version) == ["2024-01-01", "2023-06-30"])
            let older = try #require(list.versions.last)
            #expect(older.label == "Test programme 2023-06-30")
            #expect(older.firstYear.description == "2024/25")
            #expect(older.lastYear.description == "2026/27")
            #expect(older.projects == 5)
            #expect(older.places == 590)
            #expect(older.total == 15_900)
            #expect(older.funding == 0)
            #expect(older.gap == 15_900)
            #expect(older.importedAt.hasSuffix("Z"))
            let newest = try await client.programme(authority: "E10000018")
            #expect(newest.version?.version == "2024-01-01")
            let named = try await client.programme(authority: "E10000018", version: "2023-06-30")
            #expect(named.funding.isEmpty)
            #expect(named.versions.count == 2)
        }
    }

    @Test("NOT_FOUND names what is held; a bad code or date names the field")
    func errors() async throws {
        try await SmallProgramme.withClient { client in
            let missing = try await #require(throws: RPCError.self) {
                try await client.programme(authority: "E10000018", version: "2022-01-01")
            }
            #expect(missing.code == .notFound)
            #expect(missing.message.contains("held: 2024-01-01"))
            let none = try await #require(throws: RPCError.self) { try await client.programme(authority: "E06000016") }
            #expect(none.code == .notFound)
            #expect(none.message.contains("E06000016"))
            let badCode = try await #require(throws: RPCError.self) { try await client.programme(authority: "Leics") }
            #expect(badCode.code == .invalidArgument)
            #expect(badCode.message.hasPrefix("authority:"))
            let badDate = try await #require(throws: RPCError.self) {
                try await client.programme(authority: "E10000018", version: "2024-02-30")
            }
            #expect(badDate.code == .invalidArgument)
            #expect(badDate.message.contains("version"))
            #expect(try await client.versions(authority: "E06000016").versions.isEmpty)
        }
    }
}
