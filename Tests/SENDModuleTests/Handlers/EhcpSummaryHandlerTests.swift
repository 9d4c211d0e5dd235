import CYPHubCore
import Testing
@testable import SENDModule

/// GetEhcpSummary over the demo data: seeds 000 (Leicester), 001 (Leicestershire totals) and 002
/// (Leicestershire mainstream EHCPs and SEN Support).
@Suite struct EhcpSummaryHandlerTests {
    @Test func leicestershireTotalsGrowth() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let summary = try await host.client.ehcpSummary(authority: "E10000018")
            let totals = summary.ehcp.filter { $0.hasTotal && $0.totalSource == .published }
            #expect(totals.map(\.total) == [2_777, 4_267, 5_888])
            // 2016 → 2020: 4,267 − 2,777 = 1,490; 1,490 / 2,777 = 53.65%, the paper's "54%".
            let since2016 = try #require(totals[1].sincePrevious)
            #expect(since2016.change == 1_490)
            #expect(FigureFormat.rounded(since2016.percentChange, places: 0) == 54)
            // 2020 → 2022: 5,888 − 4,267 = 1,621; 1,621 / 4,267 = 37.99%, the paper's "38%".
            let since2020 = try #require(totals[2].sincePrevious)
            #expect(since2020.change == 1_621)
            #expect(FigureFormat.rounded(since2020.percentChange, places: 0) == 38)
        }
    }

    @Test func mainstreamEhcpsAndSenSupport() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let summary = try await host.client.ehcpSummary(authority: "E10000018")
            let spring = try #require(summary.ehcp.first { $0.asAt == "2024-01-18" })
            let mainstream = try #require(spring.bySettingType.first { $0.key == "mainstream_school" })
            #expect(mainstream.count == 2_522)
            #expect(mainstream.source == .published)
            // Against Autumn 2023 (2,446): +76, 76 / 2,446 = 3.11%.
            let sinceAutumn = try #require(mainstream.sincePrevious)
            #expect(sinceAutumn.previous == 2_446)
            #expect(sinceAutumn.change == 76)
            #expect(FigureFormat.rounded(sinceAutumn.percentChange, places: 2) == 3.11)
            // Against Spring 2023 (2,392, derived): +130.
            #expect(mainstream.sinceYearAgo?.previousAsAt == "2023-01-19")
            #expect(mainstream.sinceYearAgo?.change == 130)

            let senSupport = try #require(summary.senSupport.last)
            #expect(senSupport.asAt == "2024-01-18")
            #expect(!senSupport.hasTotal)
            let group = try #require(senSupport.bySettingType.first)
            // 12,968 against 12,579 (Autumn 2023): +389; against 12,392 (Spring 2023, derived): +576.
            #expect(group.count == 12_968)
            #expect(group.sincePrevious?.change == 389)
            #expect(group.sinceYearAgo?.change == 576)
            #expect(summary.hasSyntheticData)
        }
    }

    @Test func syntheticBreakdownByAgeAndSetting() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let summary = try await host.client.ehcpSummary(authority: "E10000018")
            let spring = try #require(summary.ehcp.first { $0.asAt == "2024-01-18" })
            #expect(spring.hasTotal)
            #expect(spring.total == 7_050)
            #expect(spring.totalSource == .synthetic)
            #expect(spring.hasSyntheticRows)
            // Ages: 12 + 260 = 272; 1,180 + 200 + 720 + 140 + 40 = 2,280; 1,140 + 220 + 940 + 330 + 70 + 90 = 2,790;
            // 190 + 390 + 140 + 18 + 700 + 70 = 1,508; 150 + 50 = 200. Sum 7,050: nothing "not stated".
            #expect(spring.byAgeBand.map(\.key) == ["0-4", "5-10", "11-15", "16-19", "20-25"])
            #expect(spring.byAgeBand.map(\.count) == [272, 2_280, 2_790, 1_508, 200])
            #expect(spring.bySettingType.map(\.count).reduce(0, +) == 7_050)
            #expect(spring.bySettingType.first { $0.key == "special_school" }?.count == 2_050)
            // 2,522 / 7,050 = 35.77%.
            #expect(
                FigureFormat.rounded(spring.bySettingType.first { $0.key == "mainstream_school" }?.shareOfTotalPercent ?? 0, places: 2)
                    == 35.77
            )
            #expect(spring.consistencyNotes.isEmpty)
        }
    }

    @Test func leicesterSnapshotAndNewPlans() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let summary = try await host.client.ehcpSummary(authority: "E06000016")
            let latest = try #require(summary.ehcp.last)
            // 4,405 at 04/10/2024 against 4,278 thirteen weeks before: +127, 127 / 4,278 = 2.97%, "3.0%".
            #expect(latest.total == 4_405)
            let sinceJuly = try #require(latest.sincePrevious)
            #expect(sinceJuly.change == 127)
            #expect(FigureFormat.rounded(sinceJuly.percentChange, places: 1) == 3.0)
            // New plans: 736 in 2023 against 629 in 2022 (derived): +107, 107 / 629 = 17.01%, "17%".
            #expect(summary.newPlans.map(\.year) == [2022, 2023])
            let plans2023 = try #require(summary.newPlans.last)
            #expect(plans2023.count == 736)
            let since2022 = try #require(plans2023.sincePreviousYear)
            #expect(since2022.change == 107)
            #expect(FigureFormat.rounded(since2022.percentChange, places: 0) == 17)
            #expect(summary.newPlans.first?.source == .derived)
            #expect(!summary.hasSyntheticData)
        }
    }

    @Test func unknownAuthorityIsNotFound() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            await #expect(throws: RPCError.self) { try await host.client.ehcpSummary(authority: "E09000001") }
        }
    }
}
