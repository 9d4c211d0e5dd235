import CYPHubClient
import CYPHubCore
import CYPHubModules
import CYPHubTesting
import CapitalModule
import Foundation
import IndicatorsModule
import SENDModule
import SocialCareModule
import SufficiencyModule
import Testing
import WorkforceModule

/// Every module's demo data through a real host and protobuf-c, checked against figures worked by hand
/// from the seeds. The module tests cover each figure in process; these prove the messages survive the wire.
@Suite struct DemoHostEndToEndTests {
    @Test func servesEverySeedTableOverTheWire() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true) { host in
            let client = try await host.connect()

            // Seed 000, 4.1: 415 / 88,726 × 10,000 = 46.77 → 47; 602 → 67.85 → 68; 2,009 → 226.4 → 226.
            let snapshot = try await SocialCareClient(caller: client).snapshot(authority: "E06000016", date: "2024-10-04")
            let rows = Dictionary(snapshot.rows.map { ($0.key, $0.valueDisplay) }, uniquingKeysWith: { first, _ in first })
            #expect(rows["child_protection_rate"] == "47")
            #expect(rows["children_looked_after_rate"] == "68")
            #expect(rows["children_in_need_rate"] == "226")
            #expect(rows["population"] == "379,780")
            #expect(snapshot.rows.count == 51)

            // Seed 002: CP reviews 291 of 333 = 87.4% against >97.2%: Amber, third quartile, neighbours 88.2%.
            let report = try await IndicatorsClient(caller: client).report(authority: "E10000018")
            let reviews = try #require(report.lines.first { $0.indicatorId == "cp-reviews-in-timescale" })
            #expect(reviews.valueDisplay == "87.4%")
            #expect(reviews.numerator == 291)
            #expect(reviews.denominator == 333)
            #expect(reviews.rag == .amber)
            #expect(reviews.quartileBand == 3)
            #expect(reviews.neighbourAverageDisplay == "88.2%")

            // Seed 001, para 96: cumulative High Needs deficit carried forward £110,629k in 2027/28.
            let forecast = try await SENDClient(caller: client).highNeedsForecast(authority: "E10000018")
            #expect(forecast.years.map(\.year) == ["2024/25", "2025/26", "2026/27", "2027/28"])
            let last = try #require(forecast.years.last)
            #expect(abs(last.deficitCarriedForward - 110_629) < 1)
            #expect(abs(forecast.openingDeficit - 48_501) < 1)

            // Seed 000, 4.3: division totals 641 and 623, computed from the service lines.
            let establishment = try await WorkforceClient(caller: client).establishment(authority: "E06000016")
            #expect(establishment.divisions.map(\.headcount) == [641, 623])
            #expect(establishment.headcount == 1_264)

            // Seed 001, para 104 and Appendix C: 63,555 + 13,900 + 12,346 = 89,801 (£000), funded exactly each year.
            let capital = CapitalClient(caller: client)
            let programme = try await capital.programme(authority: "E10000018")
            #expect(programme.version?.version == "2024-01-23")
            #expect(programme.total == 89_801)
            #expect(programme.groups.map(\.title) == ["Additional School Places", "SEND Programme", "Other Capital"])
            #expect(programme.groups.map(\.total) == [63_555, 13_900, 12_346])
            #expect(programme.byYear.map(\.amount) == [40_997, 37_537, 7_767, 3_500])
            #expect(programme.byYear.first?.year.description == "2024/25")
            #expect(programme.funding.first { $0.kind == .reserve }?.byYear.map(\.amount) == [24_225, 2_000, -30, -1_693])
            #expect(programme.balance?.council == 266)
            #expect(programme.balance?.gap == 0)
            #expect(programme.costPerPlaceByPhase.map(\.phase) == [.primary, .secondary, .specialist])
            #expect(programme.projects.first?.places?.planningArea == "P01")
            #expect(programme.projects.last?.places == nil)
            // The synthetic draft: ASP06 slipped a year (3,237 out of 2024/25).
            let rephasing = try await capital.compare(authority: "E10000018")
            #expect(rephasing.projects.first { $0.kind == .rephased }?.rephasing == .slipped)
            #expect(rephasing.netByYear.first?.change == -3_237)
            // 300 dwellings × 0.25 × £20,000 = £1,500,000 primary; the rest at the programme's cost per place.
            let s106 = try await capital.s106(
                CalculateS106Request(
                    authority: "E10000018", dwellings: 300, givenPrimaryYield: 0.25, givenSecondaryYield: 0.2,
                    givenSpecialistYield: 0.01, givenPrimaryCostPerPlace: 20_000, givenSpecialistMultiplier: 2))
            #expect(s106.lines.first?.contributionPounds == 1_500_000)
            #expect(s106.lines.map(\.costBasis) == [.request, .programme, .derived])

            // Sufficiency: the SEND demo's Spring 2024 specialist EHCPs (720 + 200 + 140 aged 5-10; 940 + 220 + 330
            // aged 11-15) against 1,890 specialist places; the link reads the capital programme's newest version.
            let sufficiency = SufficiencyClient(caller: client)
            let specialist = try await sufficiency.specialist(authority: "E10000018")
            #expect(specialist.primaryBase == 1_060)
            #expect(specialist.secondaryBase == 1_490)
            #expect(specialist.years.first?.capacity == 1_890)
            let pupils = try await sufficiency.forecast(authority: "E10000018", planningArea: "P01")
            #expect(pupils.areas.first?.years.first?.academicYear == "2023/24")
            #expect(pupils.areas.first?.ratios.count == 7)
            let gap = try await sufficiency.placesGap(authority: "E10000018", phase: .primary, planningArea: "P01")
            #expect(gap.capitalVersion == "2024-01-23")
            #expect(gap.areas.first?.projects.map(\.places) == [420])
            #expect(gap.areas.first?.years.map(\.plannedPlaces) == [0, 420, 420, 420, 420])
            let areas = try await sufficiency.planningAreas(authority: "E10000018")
            #expect(areas.areas.map(\.phase).filter { $0 == .specialist }.count == 1)
            #expect(areas.censusYears.count == 10)

            await client.close()
        }
    }

    @Test func loadsDemoDataOnceSoLaterImportsSurviveARestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corrected = """
            authority_code,snapshot_date,population,children_aged_0_to_17,ehcps_aged_0_to_25,child_protection_plans,\
            children_looked_after,children_in_need,early_help_assessments_opened_in_week,lado_cases_open,cass_in_care_s20,\
            cass_care_leavers
            E06000016,2024-10-04,379780,88726,4405,420,602,2009,13,65,67,37

            """
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true, dataDirectory: directory) { host in
            let client = try await host.connect()
            let result = try await SocialCareClient(caller: client).importCSV(dataset: .demandSnapshot, fileName: "fix.csv", csv: corrected)
            #expect(result.rowsStored == 1)
            #expect(result.rowsReplaced == 1)
            await client.close()
        }
        // Same data directory, demo again: the demo is not reloaded over the correction.
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true, dataDirectory: directory) { host in
            let client = try await host.connect()
            let snapshot = try await SocialCareClient(caller: client).snapshot(authority: "E06000016", date: "2024-10-04")
            #expect(snapshot.demand?.childProtectionPlans == 420)
            // 420 / 88,726 × 10,000 = 47.34 → 47.
            #expect(snapshot.rows.first { $0.key == "child_protection_plans" }?.valueDisplay == "420")
            await client.close()
        }
    }
}
