import CYPHubCore
import Testing
@testable import SENDModule

/// A plan given as base-year figures with growth rates (no explicit yearly figures), worked by hand.
@Suite struct HighNeedsGrowthPlanTests {
    static let first = FinancialYear(startYear: 2024)
    static let plan = HighNeedsPlan(
        authorityCode: "E99999999", planId: "growth", title: "Synthetic growth plan", firstYear: first,
        yearCount: 3, openingDeficit: 1_000,
        lines: [
            .grantIncome: .growth(base: -100_000, baseYear: first, growthPercent: 2),
            .placementCosts: .growth(base: 80_000, baseYear: FinancialYear(startYear: 2023), growthPercent: 10),
            .otherCosts: .growth(base: 20_000, baseYear: first, growthPercent: 0),
            .otherDsgBlocks: .explicit([-500, -500, -500]),
        ],
        workstreams: [SavingsWorkstream(name: "Local places", projection: .growth(base: -1_000, baseYear: first, growthPercent: 50))]
    )

    @Test func everyLineAndTotal() throws {
        let years = try HighNeedsForecaster.forecast(Self.plan).years
        // Grant: −100,000; −102,000; −104,040.
        // Placements from 80,000 in 2023/24 at 10%: 88,000; 96,800; 106,480.
        // Other: 20,000 each year. Total expenditure: 108,000; 116,800; 126,480.
        // Gap pre savings: 8,000; 14,800; 22,440.
        // Savings −1,000 at 50%: −1,000; −1,500; −2,250. Annual gap: 7,000; 13,300; 20,190.
        // Cumulative from 1,000: 8,000; 21,300; 41,490. DSG with −500: 7,500; 20,800; 40,990.
        func close(_ a: [Double], _ b: [Double]) -> Bool { a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 1e-6 } }
        #expect(close(years.map(\.grantIncome), [-100_000, -102_000, -104_040]))
        #expect(close(years.map(\.placementCosts), [88_000, 96_800, 106_480]))
        #expect(close(years.map(\.totalExpenditure), [108_000, 116_800, 126_480]))
        #expect(close(years.map(\.fundingGapPreSavings), [8_000, 14_800, 22_440]))
        #expect(close(years.map(\.totalSavings), [-1_000, -1_500, -2_250]))
        #expect(close(years.map(\.annualFundingGap), [7_000, 13_300, 20_190]))
        #expect(close(years.map(\.deficitCarriedForward), [8_000, 21_300, 41_490]))
        #expect(close(years.map(\.dsgSurplusDeficit), [7_500, 20_800, 40_990]))
        // Commissioning and invest-to-save lines are absent: 0. Total DSG absent: no % of DSG.
        #expect(years.map(\.commissioningCosts) == [0, 0, 0])
        #expect(years.filter(\.hasTotalDsg).isEmpty)
        // Spend % of grant: 108,000 / 100,000 = 108%.
        #expect(abs(years[0].highNeedsSpendPercentOfGrant - 108) < 1e-9)
    }

    @Test func aPlanWithoutGrantIncomeIsRefused() {
        var plan = Self.plan
        plan.lines[.grantIncome] = nil
        #expect(throws: (any Error).self) { try HighNeedsForecaster.forecast(plan) }
    }

    @Test func anExplicitLineWithTooFewFiguresIsRefused() {
        var plan = Self.plan
        plan.lines[.otherDsgBlocks] = .explicit([-500, -500])
        do {
            _ = try HighNeedsForecaster.forecast(plan)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.code == .failedPrecondition)
            #expect(error.message.contains("other_dsg_blocks has 2 yearly figures for 3 years"))
        }
    }

    @Test func aGrowthBaseYearAfterTheFirstYearIsRefused() {
        var plan = Self.plan
        plan.lines[.otherCosts] = .growth(base: 1, baseYear: FinancialYear(startYear: 2025), growthPercent: 1)
        #expect(throws: (any Error).self) { try HighNeedsForecaster.forecast(plan) }
    }
}
