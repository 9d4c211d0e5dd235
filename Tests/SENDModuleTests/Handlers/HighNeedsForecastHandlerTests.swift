import CYPHubCore
import Testing
@testable import SENDModule

/// GetHighNeedsForecast over the demo data: every figure of seed 001 paragraph 96, as the council printed
/// it, within £1k (1.0 in £000).
@Suite struct HighNeedsForecastHandlerTests {
    static let published: [(label: String, read: @Sendable (HighNeedsForecastYear) -> Double, values: [Double])] = [
        ("Grant Income", \.grantIncome, [-109_176, -112_430, -115_781, -119_233]),
        ("Placement Costs", \.placementCosts, [120_579, 133_297, 147_279, 162_705]),
        ("Other HNB Cost", \.otherCosts, [10_679, 11_279, 11_279, 11_279]),
        ("Commissioning Cost - New Places", \.commissioningCosts, [162, 37, 0, 0]),
        ("Invest to Save Project Costs - TSIL", \.investToSaveCosts, [986, 986, 986, 986]),
        ("Total Expenditure", \.totalExpenditure, [132_406, 145_599, 159_544, 174_970]),
        ("Funding Gap Pre Savings", \.fundingGapPreSavings, [23_230, 33_169, 43_763, 55_737]),
        ("TSIL Programme Defined Opportunities", { $0.savings[0].amount }, [-3_788, -10_976, -19_195, -27_666]),
        ("Increase in Local Specialist Places", { $0.savings[1].amount }, [-2_480, -5_995, -9_868, -13_803]),
        // 16,971 computed against 16,972 printed (2025/26).
        ("Total Savings", \.totalSavings, [-6_268, -16_972, -29_063, -41_469]),
        // 16,962 and 16,198 computed against 16,963 and 16,197 printed.
        ("Annual Revenue Funding Gap", \.annualFundingGap, [16_963, 16_197, 14_700, 14_268]),
        ("Cumulative High Needs Deficit Brought Forward", \.deficitBroughtForward, [48_501, 65_464, 81_661, 96_361]),
        // 65,463 computed against 65,464 printed (2024/25); the later years agree exactly.
        ("Cumulative High Needs Funding Gap", \.deficitCarriedForward, [65_464, 81_661, 96_361, 110_629]),
        ("Surplus (-ve) / Deficit Other DSG Blocks", \.otherDsgBlocks, [-8_060, -8_057, -7_557, -4_957]),
        ("Dedicated Schools Grant Surplus (-ve) / Deficit", \.dsgSurplusDeficit, [57_404, 73_604, 88_804, 105_672]),
    ]

    @Test(arguments: 0..<published.count)
    func everyMoneyFigureOfParagraph96(row: Int) async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let forecast = try await host.client.highNeedsForecast(authority: "E10000018")
            let expected = Self.published[row]
            #expect(forecast.years.count == 4)
            for (year, value) in zip(forecast.years, expected.values) {
                let computed = expected.read(year)
                #expect(abs(computed - value) <= 1.0, "\(expected.label) \(year.year): computed \(computed), printed \(value)")
            }
        }
    }

    @Test func percentageRowsAsDefined() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let forecast = try await host.client.highNeedsForecast(authority: "E10000018", planId: "mtfs-2024-28")
            // Deficit as % of total DSG rounds to the printed 8%, 10%, 12%, 14% (57,403 / 697,000 = 8.24%; …).
            #expect(forecast.years.map { FigureFormat.rounded($0.deficitPercentOfTotalDsg, places: 0) } == [8, 10, 12, 14])
            // Spend as % of grant = expenditure ÷ grant: 121.3, 129.5, 137.8, 146.7 (printed 122, 130, 139, 148).
            #expect(
                forecast.years.map { FigureFormat.rounded($0.highNeedsSpendPercentOfGrant, places: 1) } == [121.3, 129.5, 137.8, 146.7])
        }
    }

    @Test func demoImportGivesTheSameForecastAsTheHandTypedPlan() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let fromDemo = try await host.client.highNeedsForecast(authority: "E10000018")
            let fromFixture = try HighNeedsForecaster.forecast(LeicestershirePlanFixture.plan)
            #expect(fromDemo.years == fromFixture.years)
            #expect(fromDemo.breakdowns == fromFixture.breakdowns)
            #expect(fromDemo.openingDeficit == 48_501)
            #expect(fromDemo.firstYear == "2024/25")
        }
    }

    @Test func planListMarksTheLatest() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let list = try await host.client.highNeedsPlans(authority: "E10000018")
            #expect(list.plans.map(\.planId) == ["mtfs-2024-28"])
            #expect(list.plans.first?.isLatest == true)
            #expect(list.plans.first?.workstreams == ["TSIL Programme Defined Opportunities", "Increase in Local Specialist Places"])
        }
    }

    @Test func unknownAuthorityOrPlanIsNotFound() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            await #expect(throws: RPCError.self) { try await host.client.highNeedsForecast(authority: "E06000016") }
            do {
                _ = try await host.client.highNeedsForecast(authority: "E10000018", planId: "nope")
                Issue.record("expected NOT_FOUND")
            } catch let error as RPCError {
                #expect(error.code == .notFound)
                #expect(error.message.contains("held: mtfs-2024-28"))
            }
            do {
                _ = try await host.client.highNeedsForecast(authority: "leics")
                Issue.record("expected INVALID_ARGUMENT")
            } catch let error as RPCError {
                #expect(error.code == .invalidArgument)
            }
        }
    }

    @Test func scenarioSeventyFivePercentDelivery() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let result = try await host.client.highNeedsScenario(
                RunHighNeedsScenarioRequest(authority: "E10000018", savingsDelivery: 75)
            )
            // 48,501 + (23,230 − 4,701) + (33,169 − 12,728.25) + (43,763 − 21,797.25) + (55,737 − 31,101.75) = 134,071.75.
            let scenario = try #require(result.scenario)
            #expect(scenario.years.last?.deficitCarriedForward == 134_071.75)
            #expect(result.baseForecast?.years.last?.deficitCarriedForward == 110_629)
            #expect(scenario.savingsDeliveryPercent == 75)
            let row = try #require(result.comparisons.first { $0.year == "2027/28" && $0.measure == "deficit_carried_forward" })
            #expect(row.difference == 23_442.75)
        }
    }

    @Test func scenarioWithoutDeliveryMeansFullDelivery() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let result = try await host.client.highNeedsScenario(
                RunHighNeedsScenarioRequest(
                    authority: "E10000018",
                    growthOverrides: [GrowthOverrideInput(line: "placement_costs", growthPercent: 12)]
                )
            )
            let scenario = try #require(result.scenario)
            #expect(scenario.savingsDeliveryPercent == 100)
            #expect(scenario.years[0].totalSavings == -6_268)
            // 2027/28 placements: 120,579 × 1.12³ = 169,404.813312; the base is 162,705.
            #expect(abs((scenario.years.last?.placementCosts ?? 0) - 169_404.813312) < 1e-6)
            #expect(result.assumptions == ["savings delivery 100.0%", "placement_costs growth 12.00% a year"])
        }
    }

    @Test func scenarioRequestErrorsNameTheField() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            do {
                _ = try await host.client.highNeedsScenario(
                    RunHighNeedsScenarioRequest(
                        authority: "E10000018", growthOverrides: [GrowthOverrideInput(line: "placements", growthPercent: 1)])
                )
                Issue.record("expected INVALID_ARGUMENT")
            } catch let error as RPCError {
                #expect(error.code == .invalidArgument)
                #expect(error.message.hasPrefix("growth_overrides[0].line"))
            }
            do {
                _ = try await host.client.highNeedsScenario(
                    RunHighNeedsScenarioRequest(
                        authority: "E10000018", workstreamDelivery: [WorkstreamDeliveryInput(workstream: "X", deliveryPercent: 50)])
                )
                Issue.record("expected INVALID_ARGUMENT")
            } catch let error as RPCError {
                #expect(error.code == .invalidArgument)
                #expect(error.message.contains("'X'"))
            }
        }
    }

    @Test func scenarioWithEveryKindOfAssumption() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let result = try await host.client.highNeedsScenario(
                RunHighNeedsScenarioRequest(
                    authority: "E10000018", planId: "mtfs-2024-28",
                    growthOverrides: [
                        GrowthOverrideInput(line: "savings", workstream: "Increase in Local Specialist Places", growthPercent: 5)
                    ],
                    savingsDelivery: 80,
                    workstreamDelivery: [WorkstreamDeliveryInput(workstream: "TSIL Programme Defined Opportunities", deliveryPercent: 90)]
                )
            )
            #expect(
                result.assumptions == [
                    "savings delivery 80.0%", "savings delivery for 'TSIL Programme Defined Opportunities' 90.0%",
                    "workstream 'Increase in Local Specialist Places' growth 5.00% a year",
                ])
            let scenario = try #require(result.scenario)
            #expect(scenario.savingsDeliveryPercent == 80)
            // Local places grow 5% a year from 2024/25's −2,480: −2,604; −2,734.2; −2,870.91, delivered at 80%.
            // TSIL as planned, delivered at 90%. 2024/25: −3,788 × 0.9 − 2,480 × 0.8 = −3,409.2 − 1,984 = −5,393.2.
            let first = try #require(scenario.years.first)
            #expect(first.savings.map(\.deliveryPercent) == [90, 80])
            #expect(abs(first.totalSavings - -5_393.2) < 1e-9)
            let last = try #require(scenario.years.last)
            #expect(abs(last.savings[1].plannedAmount - -2_870.91) < 1e-9)
            #expect(abs(last.savings[1].amount - -2_296.728) < 1e-9)
            // Savings −5,393.2; −11,961.6; −19,462.86; −27,196.128 against gaps before savings of 23,230; 33,169;
            // 43,763; 55,737, from 48,501: 66,337.8; 87,545.2; 111,845.34; 140,386.212.
            #expect(abs(last.deficitCarriedForward - 140_386.212) < 1e-6)
            // The TSIL breakdown at 90%: −4,569 × 0.9 = −4,112.1 against −3,409.2, a difference of −702.9.
            let breakdown = try #require(scenario.breakdowns.first)
            #expect(abs((breakdown.lineTotals.first ?? 0) - -4_112.1) < 1e-9)
            #expect(abs((breakdown.differences.first ?? 0) - -702.9) < 1e-9)
            // The base forecast is the plan as it stands.
            #expect(result.baseForecast?.years.first?.totalSavings == -6_268)
        }
    }

    @Test func aSavingsDeliveryWithoutItsFlagIsRefused() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            // Proto3 scalars have no presence: 75 without has_savings_delivery_percent would silently mean 100%.
            var request = RunHighNeedsScenarioRequest(authority: "E10000018")
            request.savingsDeliveryPercent = 75
            do {
                _ = try await host.client.highNeedsScenario(request)
                Issue.record("expected INVALID_ARGUMENT")
            } catch let error as RPCError {
                #expect(error.code == .invalidArgument)
                #expect(error.message.hasPrefix("savings_delivery_percent"))
            }
            request.savingsDelivery = 75
            #expect(request.hasSavingsDeliveryPercent)
            let result = try await host.client.highNeedsScenario(request)
            #expect(result.scenario?.savingsDeliveryPercent == 75)
        }
    }
}
