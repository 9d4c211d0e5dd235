import CYPHubCore
import Testing

@testable import CapitalModule

@Suite("Capital demo data: seed 001")
struct CapitalDemoDataTests {
    @Test("GetProgramme reproduces seed 001's Appendix C exactly")
    func seedSpend() async throws {
        try await withCapital(demoData: true) { client in
            let programme = try await client.programme(authority: "E10000018")
            #expect(programme.version?.version == "2024-01-23")
            #expect(programme.version?.label == "MTFS 2024/25-2027/28 (seed 001, Appendix C)")
            #expect(programme.unit == "£000")
            #expect(programme.years.map(\.description) == ["2024/25", "2025/26", "2026/27", "2027/28"])
            // Overall total 40,997 / 37,537 / 7,767 / 3,500 = 89,801.
            #expect(amounts(programme.byYear) == [40_997, 37_537, 7_767, 3_500])
            #expect(programme.total == 89_801)
            #expect(programme.grossCost == 89_801)
            #expect(programme.spentBefore == 0)
            // The three lines of paragraph 104's table.
            let groups = Dictionary(uniqueKeysWithValues: programme.groups.map { ($0.title, $0) })
            #expect(programme.groups.map(\.title) == ["Additional School Places", "SEND Programme", "Other Capital"])
            #expect(amounts(try #require(groups["Additional School Places"]).byYear) == [24_401, 33_487, 4_967, 700])
            #expect(groups["Additional School Places"]?.total == 63_555)
            #expect(amounts(try #require(groups["SEND Programme"]).byYear) == [12_650, 1_250, 0, 0])
            #expect(groups["SEND Programme"]?.total == 13_900)
            #expect(amounts(try #require(groups["Other Capital"]).byYear) == [3_946, 2_800, 2_800, 2_800])
            #expect(groups["Other Capital"]?.total == 12_346)
            // Appendix C's Other Capital lines.
            let categories = Dictionary(uniqueKeysWithValues: programme.categories.map { ($0.category, $0) })
            let maintenance = try #require(categories["strategic_capital_maintenance"])
            #expect(maintenance.title == "Strategic Capital Maintenance")
            #expect(amounts(maintenance.byYear) == [2_000, 2_000, 2_000, 2_000])
            #expect(maintenance.total == 8_000)
            #expect(amounts(try #require(categories["devolved_formula_capital"]).byYear) == [500, 500, 500, 500])
            #expect(categories["devolved_formula_capital"]?.total == 2_000)
            #expect(categories["devolved_formula_capital"]?.title == "Schools Devolved Formula Capital")
            #expect(amounts(try #require(categories["access_and_security"]).byYear) == [300, 300, 300, 300])
            #expect(categories["access_and_security"]?.total == 1_200)
            let homes = try #require(categories["residential_homes"])
            #expect(homes.title == "Children's Residential Homes")
            #expect(amounts(homes.byYear) == [1_146, 0, 0, 0])
            #expect(homes.total == 1_146)
            #expect(homes.categoryGroup == "Other Capital")
            // The synthetic splits add up to the seed's single lines.
            let places = try #require(categories["additional_school_places"])
            #expect(places.projects == 6)
            #expect(amounts(places.byYear) == [24_401, 33_487, 4_967, 700])
            #expect(categories["send_programme"]?.projects == 2)
            #expect(amounts(try #require(categories["send_programme"]).byYear) == [12_650, 1_250, 0, 0])
            let synthetic = programme.projects.filter { $0.note.hasPrefix("SYNTHETIC") }
            #expect(synthetic.map(\.projectId) == ["ASP01", "ASP02", "ASP03", "ASP04", "ASP05", "ASP06", "SEN01", "SEN02"])
            #expect(synthetic.allSatisfy { $0.places != nil })
            // Every project line has every year, 0 where there is no spend.
            let asp06 = try #require(programme.projects.first { $0.projectId == "ASP06" })
            #expect(amounts(asp06.byYear) == [0, 3_237, 1_367, 700])
            #expect(asp06.estimatedCompletion == "2028-03")
        }
    }

    @Test("The funding table is paragraph 108's, and funds the spend exactly every year")
    func seedFunding() async throws {
        try await withCapital(demoData: true) { client in
            let programme = try await client.programme(authority: "E10000018")
            let lines = Dictionary(uniqueKeysWithValues: programme.funding.map { ($0.source, $0) })
            #expect(
                programme.funding.map(\.source) == [
                    "Grants", "External Contributions / S106", "Earmarked capital receipts", "Discretionary Capital Funding",
                    "Prior Years' grant funding held in reserve",
                ])
            #expect(amounts(try #require(lines["Grants"]).byYear) == [5_636, 19_577, 3_500, 3_500])
            #expect(lines["Grants"]?.total == 32_213)
            #expect(lines["Grants"]?.kind == .grant)
            #expect(amounts(try #require(lines["External Contributions / S106"]).byYear) == [9_120, 14_288, 4_297, 1_693])
            #expect(lines["External Contributions / S106"]?.total == 29_398)
            #expect(amounts(try #require(lines["Earmarked capital receipts"]).byYear) == [1_750, 1_672, 0, 0])
            #expect(lines["Earmarked capital receipts"]?.total == 3_422)
            #expect(lines["Discretionary Capital Funding"]?.total == 266)
            #expect(lines["Discretionary Capital Funding"]?.kind == .council)
            let reserve = try #require(lines["Prior Years' grant funding held in reserve"])
            #expect(amounts(reserve.byYear) == [24_225, 2_000, -30, -1_693])
            #expect(reserve.total == 24_502)
            #expect(reserve.kind == .reserve)
            // Total resources = spend every year: 40,997 / 37,537 / 7,767 / 3,500, gap 0.
            #expect(programme.balanceByYear.map(\.funding) == [40_997, 37_537, 7_767, 3_500])
            #expect(programme.balanceByYear.map(\.spend) == [40_997, 37_537, 7_767, 3_500])
            #expect(programme.balanceByYear.allSatisfy { $0.gap == 0 })
            #expect(programme.balance?.period == "2024/25 to 2027/28")
            #expect(programme.balance?.funding == 89_801)
            #expect(programme.balance?.gap == 0)
            // External: grants + S106 + receipts = 32,213 + 29,398 + 3,422 = 65,033 (para 103 says £65.1m).
            #expect(programme.balance?.external == 65_033)
            // 5,636 + 9,120 + 1,750 = 16,506 in 2024/25.
            #expect(programme.balanceByYear.first?.external == 16_506)
            #expect(programme.balance?.reserve == 24_502)
            // The £266k call on the council's own capital funding (para 103), all in 2024/25.
            #expect(programme.balance?.council == 266)
            #expect(programme.balanceByYear.map(\.council) == [266, 0, 0, 0])
        }
    }

    @Test("Cost per place of the synthetic splits, by phase and by category")
    func seedCostPerPlace() async throws {
        try await withCapital(demoData: true) { client in
            let programme = try await client.programme(authority: "E10000018")
            // Primary: (11,200 + 15,600 + 4,350) / (420 + 630 + 210) = 31,150,000 / 1,260 = £24,722.22.
            // Secondary: (18,000 + 9,101 + 5,304) / (600 + 300 + 180) = 32,405,000 / 1,080 = £30,004.63.
            // Specialist: (10,150 + 3,750) / (150 + 60) = 13,900,000 / 210 = £66,190.48.
            let byPhase = programme.costPerPlaceByPhase
            #expect(byPhase.map(\.phase) == [.primary, .secondary, .specialist])
            #expect(byPhase.map(\.places) == [1_260, 1_080, 210])
            #expect(byPhase.map(\.grossCost) == [31_150, 32_405, 13_900])
            #expect(abs(byPhase[0].costPerPlacePounds - 24_722.222) < 0.001)
            #expect(abs(byPhase[1].costPerPlacePounds - 30_004.630) < 0.001)
            #expect(abs(byPhase[2].costPerPlacePounds - 66_190.476) < 0.001)
            // Additional School Places: 63,555,000 / 2,340 = £27,160.26.
            let byCategory = programme.costPerPlaceByCategory
            #expect(byCategory.map(\.category) == ["additional_school_places", "send_programme"])
            #expect(byCategory[0].places == 2_340)
            #expect(abs(byCategory[0].costPerPlacePounds - 27_160.256) < 0.001)
            // A 420-place primary at £11.2m is £26,666.67 a place.
            let asp01 = try #require(programme.projects.first?.places)
            #expect(asp01.places == 420)
            #expect(abs(asp01.costPerPlacePounds - 26_666.667) < 0.001)
        }
    }

    @Test("The synthetic draft is held too, and re-phasing shows ASP06 slipping a year")
    func draftSlip() async throws {
        try await withCapital(demoData: true) { client in
            let versions = try await client.versions(authority: "E10000018")
            #expect(versions.versions.map(\.version) == ["2024-01-23", "2023-10-10"])
            #expect(versions.versions.map(\.total) == [89_801, 89_801])
            #expect(versions.versions[1].label == "Draft MTFS 2024/25-2027/28 (synthetic)")
            #expect(versions.versions.map(\.gap) == [0, 0])
            let draft = try await client.programme(authority: "E10000018", version: "2023-10-10")
            // ASP06 3,237 moved to 2024/25: 40,997 + 3,237 = 44,234; 37,537 − 1,870 = 35,667; 7,767 − 667 = 7,100; 3,500 − 700.
            #expect(amounts(draft.byYear) == [44_234, 35_667, 7_100, 2_800])
            #expect(draft.balanceByYear.allSatisfy { $0.gap == 0 })
            let comparison = try await client.compare(authority: "E10000018")
            #expect(comparison.fromVersion?.version == "2023-10-10")
            #expect(comparison.toVersion?.version == "2024-01-23")
            #expect(comparison.rephased == 1)
            #expect(comparison.unchanged == 11)
            let asp06 = try #require(comparison.projects.first { $0.kind == .rephased })
            #expect(asp06.projectId == "ASP06")
            #expect(asp06.rephasing == .slipped)
            #expect(asp06.openingYearShift == 1)
            #expect(asp06.placesAfter?.openingYear.description == "2027/28")
            #expect(comparison.netByYear.map(\.change) == [-3_237, 1_870, 667, 700])
            #expect(comparison.totalChange == 0)
        }
    }

    @Test("loadDemoData imports both versions through the importer, when the host loads demo data")
    func loads() async throws {
        try await withCapital(demoData: true) { client in
            let programme = try await client.programme(authority: "E10000018")
            #expect(programme.total == 89_801)
            #expect(programme.versions.count == 2)
        }
        // Without demo data nothing is held.
        try await withCapital { client in
            let held = try await client.versions(authority: "E10000018")
            #expect(held.versions.isEmpty)
        }
    }

    @Test("The draft's CSV differs from the seed's only where it should")
    func draftFiles() throws {
        #expect(CapitalDemoData.draftProjects != CapitalDemoData.projects)
        #expect(CapitalDemoData.draftProjects.contains("Mar-27,180,S02,secondary,2026/27"))
        #expect(CapitalDemoData.draftSpend.contains("ASP06,2024/25,\"3,237\""))
        #expect(CapitalDemoData.draftFunding.contains("2027/28,993"))
    }
}
