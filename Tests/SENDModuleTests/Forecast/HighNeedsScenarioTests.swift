import CYPHubCore
import Testing
@testable import SENDModule

@Suite struct HighNeedsScenarioTests {
    let plan = LeicestershirePlanFixture.plan

    @Test func seventyFivePercentOfSavingsDelivered() throws {
        let result = try HighNeedsScenario.run(plan, assumptions: HighNeedsScenarioAssumptions(savingsDeliveryPercent: 75))
        let scenario = try #require(result.scenario)
        let years = scenario.years
        // Savings × 0.75: −4,701; −12,728.25; −21,797.25; −31,101.75.
        #expect(years.map(\.totalSavings) == [-4_701, -12_728.25, -21_797.25, -31_101.75])
        // Annual gap: 23,230 − 4,701 = 18,529; 33,169 − 12,728.25 = 20,440.75; 43,763 − 21,797.25 = 21,965.75;
        // 55,737 − 31,101.75 = 24,635.25.
        #expect(years.map(\.annualFundingGap) == [18_529, 20_440.75, 21_965.75, 24_635.25])
        // Cumulative from 48,501: 67,030; 87,470.75; 109,436.5; 134,071.75.
        #expect(years.map(\.deficitCarriedForward) == [67_030, 87_470.75, 109_436.5, 134_071.75])
        // Base stays as computed from the printed lines.
        #expect(result.baseForecast?.years.map(\.deficitCarriedForward) == [65_463, 81_661, 96_361, 110_629])
        // Final-year cumulative difference: a quarter of all savings, 0.25 × (6,268 + 16,971 + 29,063 + 41,469)
        // = 0.25 × 93,771 = 23,442.75.
        let finalRow = try #require(result.comparisons.first { $0.year == "2027/28" && $0.measure == "deficit_carried_forward" })
        #expect(finalRow.baseValue == 110_629)
        #expect(finalRow.scenario == 134_071.75)
        #expect(finalRow.difference == 23_442.75)
        // Expenditure before savings is unchanged, so spend as % of grant does not move.
        let spend = try #require(result.comparisons.first { $0.year == "2024/25" && $0.measure == "high_needs_spend_percent_of_grant" })
        #expect(spend.difference == 0)
        #expect(result.assumptions == ["savings delivery 75.0%"])
        // Seven measures in each of four years.
        #expect(result.comparisons.count == 28)
        // The breakdown is scaled too: −4,569 × 0.75 = −3,426.75.
        #expect(scenario.breakdowns.first?.lineTotals.first == -3_426.75)
        #expect(years[0].savings.map(\.deliveryPercent) == [75, 75])
        #expect(years[0].savings.map(\.plannedAmount) == [-3_788, -2_480])
    }

    @Test func placementGrowthOverride() throws {
        let assumptions = HighNeedsScenarioAssumptions(growthOverrides: [
            HighNeedsGrowthOverride(target: .line(.placementCosts), growthPercent: 12)
        ])
        let result = try HighNeedsScenario.run(plan, assumptions: assumptions)
        // Placements 120,579 → 135,048.48 → 151,254.2976 → 169,404.813312 (12% a year).
        // 2025/26 expenditure: 135,048.48 + 11,279 + 37 + 986 = 147,350.48, 1,751.48 more than 145,599.
        let row = try #require(result.comparisons.first { $0.year == "2025/26" && $0.measure == "total_expenditure" })
        #expect(abs(row.scenario - 147_350.48) < 1e-6)
        #expect(abs(row.difference - 1_751.48) < 1e-6)
        // First year unchanged.
        let first = try #require(result.comparisons.first { $0.year == "2024/25" && $0.measure == "total_expenditure" })
        #expect(first.difference == 0)
        #expect(result.assumptions.last == "placement_costs growth 12.00% a year")
    }

    @Test func perWorkstreamDeliveryOverridesTheGlobalRate() throws {
        let assumptions = HighNeedsScenarioAssumptions(
            savingsDeliveryPercent: 100, workstreamDeliveryPercent: ["Increase in Local Specialist Places": 50]
        )
        let year = try #require(try HighNeedsForecaster.forecast(plan, assumptions: assumptions).years.first)
        // −3,788 × 100% + −2,480 × 50% = −5,028.
        #expect(year.totalSavings == -5_028)
    }

    @Test func unknownTargetsAndBadRatesAreRefused() {
        let badWorkstream = HighNeedsScenarioAssumptions(growthOverrides: [
            HighNeedsGrowthOverride(target: .workstream("Nope"), growthPercent: 1)
        ])
        #expect(throws: (any Error).self) { try HighNeedsScenario.run(plan, assumptions: badWorkstream) }
        let badDelivery = HighNeedsScenarioAssumptions(savingsDeliveryPercent: 250)
        #expect(throws: (any Error).self) { try HighNeedsScenario.run(plan, assumptions: badDelivery) }
        let twice = HighNeedsScenarioAssumptions(growthOverrides: [
            HighNeedsGrowthOverride(target: .line(.otherCosts), growthPercent: 1),
            HighNeedsGrowthOverride(target: .line(.otherCosts), growthPercent: 2),
        ])
        #expect(throws: (any Error).self) { try HighNeedsScenario.run(plan, assumptions: twice) }
    }
}
