import CYPHubCore
import Testing
@testable import SENDModule

/// The three High Needs datasets: explicit and growth lines, cross-row checks, all or nothing.
@Suite struct HighNeedsImportTests {
    static let planHeader = """
        authority_code,plan_id,title,first_year,years,opening_deficit_000
        E99999999,growth,Synthetic growth plan,2024/25,3,"1,000"
        """

    /// The growth plan of `HighNeedsGrowthPlanTests`, as CSV: every line a base figure with a growth rate.
    static let growthLines = """
        authority_code,plan_id,line,workstream,year,amount_000,growth_pct
        E99999999,growth,grant_income,,2024/25,"(100,000)",2
        E99999999,growth,placement_costs,,2023/24,"80,000",10
        E99999999,growth,other_costs,,2024/25,"20,000",0
        E99999999,growth,other_dsg_blocks,,2024/25,-500,
        E99999999,growth,other_dsg_blocks,,2025/26,-500,
        E99999999,growth,other_dsg_blocks,,2026/27,-500,
        E99999999,growth,savings,Local places,2024/25,"-1,000",50
        """

    func refusal(_ host: SENDTestHost, _ dataset: String, _ csv: String) async -> String {
        do {
            _ = try await host.client.importCSV(dataset: dataset, fileName: "\(dataset).csv", csv: csv)
            return "stored"
        } catch let error as RPCError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func growthModeThroughImport() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            _ = try await host.client.importCSV(dataset: "high_needs_plans", fileName: "p.csv", csv: Self.planHeader)
            let stored = try await host.client.importCSV(dataset: "high_needs_lines", fileName: "l.csv", csv: Self.growthLines)
            #expect(stored.rowsStored == 7)
            let forecast = try await host.client.highNeedsForecast(authority: "E99999999")
            // As worked in HighNeedsGrowthPlanTests: expenditure 108,000; 116,800; 126,480; savings −1,000; −1,500;
            // −2,250; cumulative 8,000; 21,300; 41,490; DSG 7,500; 20,800; 40,990.
            func close(_ a: [Double], _ b: [Double]) -> Bool { a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-6 } }
            #expect(close(forecast.years.map(\.grantIncome), [-100_000, -102_000, -104_040]))
            #expect(close(forecast.years.map(\.totalExpenditure), [108_000, 116_800, 126_480]))
            #expect(close(forecast.years.map(\.totalSavings), [-1_000, -1_500, -2_250]))
            #expect(close(forecast.years.map(\.deficitCarriedForward), [8_000, 21_300, 41_490]))
            #expect(close(forecast.years.map(\.dsgSurplusDeficit), [7_500, 20_800, 40_990]))
            #expect(forecast.years.filter(\.hasTotalDsg).isEmpty)
            // A scenario on a growth line replaces its rate from the same base year: placements at 5% from
            // 80,000 in 2023/24 give 84,000 in 2024/25.
            let scenario = try await host.client.highNeedsScenario(
                RunHighNeedsScenarioRequest(
                    authority: "E99999999", growthOverrides: [GrowthOverrideInput(line: "placement_costs", growthPercent: 5)]
                ))
            #expect(abs((scenario.scenario?.years.first?.placementCosts ?? 0) - 84_000) < 1e-6)
            #expect(try await host.count("send_hn_plans") == 1)
        }
    }

    @Test func linesNeedTheirPlan() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            let message = await refusal(host, "high_needs_lines", Self.growthLines)
            #expect(
                message.contains(
                    "high_needs_lines.csv:2: column plan_id: no High Needs plan growth for E99999999; import it in high_needs_plans first"))
            let stored = try await host.count("send_hn_lines")
            #expect(stored == 0)
        }
    }

    @Test func crossRowChecks() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let bad = """
                authority_code,plan_id,line,workstream,year,amount_000,growth_pct
                E10000018,mtfs-2024-28,grant_income,,2024/25,"109,176",
                E10000018,mtfs-2024-28,placement_costs,,2024/25,100,
                E10000018,mtfs-2024-28,placement_costs,,2025/26,100,
                E10000018,mtfs-2024-28,placement_costs,,2025/26,100,
                E10000018,mtfs-2024-28,placement_costs,,2028/29,100,
                E10000018,mtfs-2024-28,other_costs,,2024/25,100,3
                E10000018,mtfs-2024-28,other_costs,,2025/26,100,
                E10000018,mtfs-2024-28,invest_to_save_costs,,2025/26,100,3
                E10000018,mtfs-2024-28,savings,,2024/25,-5,
                E10000018,mtfs-2024-28,commissioning_costs,TSIL,2024/25,5,
                """
            let first = await refusal(host, "high_needs_lines", bad)
            // Row-level problems come first (the file is refused before any cross-row check).
            #expect(
                first.contains(
                    "high_needs_lines.csv:2: column amount_000: grant income is income, "
                        + "entered negative as in the council's table (found 109,176)"
                ))
            #expect(first.contains("high_needs_lines.csv:10: column workstream: a savings line needs the workstream's name"))
            #expect(
                first.contains(
                    "high_needs_lines.csv:11: column workstream: only savings lines have a workstream (this line is commissioning_costs)"))
            let crossRow = bad.split(separator: "\n").enumerated()
                .filter { ![1, 9, 10].contains($0.offset) }.map(\.element).joined(separator: "\n")
            let second = await refusal(host, "high_needs_lines", crossRow)
            #expect(second.contains("column line: plan mtfs-2024-28 has no grant_income line"))
            #expect(second.contains("high_needs_lines.csv:4: column year: placement_costs has a figure for 2025/26 already (line 3)"))
            #expect(second.contains("high_needs_lines.csv:5: column year: 2028/29 is outside plan mtfs-2024-28 (2024/25 to 2027/28)"))
            #expect(second.contains("high_needs_lines.csv:2: column year: placement_costs has no figure for 2026/27, 2027/28"))
            #expect(second.contains("high_needs_lines.csv:7: column growth_pct: other_costs has a growth row (line 6) and other rows"))
            #expect(second.contains("high_needs_lines.csv:8: column year: the base year 2025/26 is after the plan's first year 2024/25"))
            // Nothing changed: the demo plan still forecasts as printed.
            let forecast = try await host.client.highNeedsForecast(authority: "E10000018")
            #expect(forecast.years.first?.placementCosts == 120_579)
            #expect(try await host.count("send_hn_lines") == 33)
        }
    }

    @Test func savingsDetailChecks() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let message = await refusal(
                host, "high_needs_savings_detail",
                """
                authority_code,plan_id,workstream,line_name,year,amount_000
                E10000018,mtfs-2024-28,TSIL,Line A,2024/25,-1
                E10000018,mtfs-2024-28,Increase in Local Specialist Places,Line B,2024/25,-1
                E10000018,mtfs-2024-28,Increase in Local Specialist Places,Line B,2024/25,-2
                E10000018,other-plan,Increase in Local Specialist Places,Line C,2024/25,-2
                """)
            #expect(
                message.contains("high_needs_savings_detail.csv:2: column workstream: plan mtfs-2024-28 has no savings workstream 'TSIL'"))
            #expect(message.contains("high_needs_savings_detail.csv:4: column year: 'Line B' has a figure for 2024/25 already (line 3)"))
            #expect(message.contains("high_needs_savings_detail.csv:3: column year: 'Line B' has no figure for 2025/26, 2026/27, 2027/28"))
            #expect(message.contains("high_needs_savings_detail.csv:5: column plan_id: no High Needs plan other-plan"))
            let stored = try await host.count("send_hn_savings_detail")
            #expect(stored == 28)
        }
    }

    @Test func reimportingLinesReplacesThePlansLinesAndDropsOrphanedBreakdowns() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let lines = """
                authority_code,plan_id,line,workstream,year,amount_000,growth_pct
                E10000018,mtfs-2024-28,grant_income,,2024/25,-100,0
                E10000018,mtfs-2024-28,placement_costs,,2024/25,150,0
                E10000018,mtfs-2024-28,savings,Increase in Local Specialist Places,2024/25,-10,0
                """
            _ = try await host.client.importCSV(dataset: "high_needs_lines", fileName: "l.csv", csv: lines)
            #expect(try await host.count("send_hn_lines") == 3)
            // The TSIL workstream is gone, so its breakdown lines are gone too.
            #expect(try await host.count("send_hn_savings_detail") == 0)
            let forecast = try await host.client.highNeedsForecast(authority: "E10000018")
            // 150 − 100 − 10 = 40 a year, from 48,501: 48,541.
            #expect(forecast.years.first?.deficitCarriedForward == 48_541)
            #expect(forecast.breakdowns.isEmpty)
        }
    }

    @Test func latestPlanIsTheLatestFirstYear() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            _ = try await host.client.importCSV(
                dataset: "high_needs_plans", fileName: "p.csv",
                csv: """
                    authority_code,plan_id,title,first_year,years,opening_deficit_000
                    E10000018,mtfs-2025-29,Next MTFS,2025/26,2,0
                    """)
            _ = try await host.client.importCSV(
                dataset: "high_needs_lines", fileName: "l.csv",
                csv: """
                    authority_code,plan_id,line,workstream,year,amount_000,growth_pct
                    E10000018,mtfs-2025-29,grant_income,,2025/26,-10,
                    E10000018,mtfs-2025-29,grant_income,,2026/27,-10,
                    """)
            let list = try await host.client.highNeedsPlans(authority: "E10000018")
            #expect(list.plans.map(\.planId) == ["mtfs-2025-29", "mtfs-2024-28"])
            #expect(list.plans.map(\.isLatest) == [true, false])
            #expect(try await host.client.highNeedsForecast(authority: "E10000018").planId == "mtfs-2025-29")
            #expect(try await host.client.highNeedsForecast(authority: "E10000018", planId: "mtfs-2024-28").years.count == 4)
        }
    }

    @Test func aPlanWhoseHeaderNoLongerMatchesItsLinesIsReported() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            // Re-importing the header with five years leaves four explicit figures per line.
            _ = try await host.client.importCSV(
                dataset: "high_needs_plans", fileName: "p.csv",
                csv: """
                    authority_code,plan_id,title,first_year,years,opening_deficit_000
                    E10000018,mtfs-2024-28,High Needs Block forecast,2024/25,5,"48,501"
                    """)
            do {
                _ = try await host.client.highNeedsForecast(authority: "E10000018")
                Issue.record("expected FAILED_PRECONDITION")
            } catch let error as RPCError {
                #expect(error.code == .failedPrecondition)
                #expect(error.message.contains("has 4 yearly figures for 5 years"))
            }
        }
    }

    /// Every comma used to be deleted, so `25,00,00` was stored as 250,000 and a decimal comma `12,5` as 125.
    @Test func amountsWithBadThousandsSeparatorsAreRefusedAndNothingIsStored() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            let plans = """
                authority_code,plan_id,title,first_year,years,opening_deficit_000
                E99999999,growth,Synthetic growth plan,2024/25,3,"1,000"
                E99999998,other,Another plan,2024/25,3,"25,00,00"
                """
            let planMessage = await refusal(host, "high_needs_plans", plans)
            #expect(planMessage.hasPrefix("import refused, nothing stored (1 issue):"))
            #expect(
                planMessage.contains(
                    "high_needs_plans.csv:3: column opening_deficit_000: '25,00,00' is not an amount in £000: "
                        + "thousands separators must separate groups of three digits"))
            #expect(try await host.count("send_hn_plans") == 0)

            _ = try await host.client.importCSV(dataset: "high_needs_plans", fileName: "p.csv", csv: Self.planHeader)
            let lines = """
                authority_code,plan_id,line,workstream,year,amount_000,growth_pct
                E99999999,growth,grant_income,,2024/25,"(5,0000)",2
                E99999999,growth,placement_costs,,2023/24,"80,000","12,5"
                E99999999,growth,other_costs,,2024/25,"20,000",0
                """
            let message = await refusal(host, "high_needs_lines", lines)
            #expect(
                message.contains(
                    "high_needs_lines.csv:2: column amount_000: '(5,0000)' is not an amount in £000: "
                        + "thousands separators must separate groups of three digits"))
            #expect(
                message.contains(
                    "high_needs_lines.csv:3: column growth_pct: '12,5' is not a number: thousands separators must "
                        + "separate groups of three digits; write decimals with a point (12.5)"))
            #expect(try await host.count("send_hn_lines") == 0)
            // The same amounts grouped correctly are stored.
            let stored = try await host.client.importCSV(dataset: "high_needs_lines", fileName: "l.csv", csv: Self.growthLines)
            #expect(stored.rowsStored == 7)
            #expect(try await host.count("send_hn_lines") == 7)
        }
    }
}
