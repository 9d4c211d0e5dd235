import CYPHubCore
import CapitalModule
import Testing

@testable import SufficiencyModule

/// Forecast accuracy as the school places scorecards measure it, worked by hand.
@Suite struct AccuracyCalculatorTests {
    static func data() -> AuthorityPlanningData {
        AuthorityPlanningData(
            authority: "E06000099",
            areas: [
                PlanningArea(authority: "E06000099", code: "A", name: "Area A", phase: .primary),
                PlanningArea(authority: "E06000099", code: "B", name: "Area B", phase: .primary),
            ],
            numbersOnRoll: [
                "A": [2022: [0: 98, 1: 100, 2: 7], 2023: [0: 110, 1: 100]],
                "B": [2022: [0: 50, 1: 50]],
            ])
    }

    static func stored() -> StoredForecast {
        var forecast = StoredForecast(id: 7, baseYear: AcademicYear(startYear: 2021), createdAt: "2022-02-01T00:00:00Z")
        forecast.phases = ["A": .primary, "B": .primary]
        forecast.values = [
            "A": [2022: [0: 100.4, 1: 99.6], 2023: [0: 105, 1: 101.5]],
            "B": [2022: [0: 52, 1: 50], 2023: [0: 60, 1: 60]],
        ]
        return forecast
    }

    @Test func errorIsForecastMinusActualOverActualAtEachHorizon() throws {
        let report = AccuracyCalculator.report(
            authority: "E06000099", forecasts: [Self.stored()], data: Self.data(), horizons: [1, 2], phases: [.primary])
        let a1 = try #require(report.lines.first { $0.planningArea == "A" && $0.horizonYears == 1 })
        // One year ahead (2022/23): 100.4 → 100 and 99.6 → 100, so 200 against 98 + 100 = 198 (Year 2's 7 was not
        // forecast and is not counted): (200 − 198) ÷ 198 = +1.0101%.
        #expect(a1.forecast == 200)
        #expect(a1.actual == 198)
        #expect(abs(a1.errorPercent - 200.0 / 198 * 100 + 100) < 1e-9)
        // Two years ahead (2023/24): 105 + 101.5 → 102 = 207 against 210: −1.4286%.
        let a2 = try #require(report.lines.first { $0.planningArea == "A" && $0.horizonYears == 2 })
        #expect(a2.forecast == 207)
        #expect(a2.actual == 210)
        #expect(abs(a2.errorPercent - (207.0 - 210) / 210 * 100) < 1e-9)
        // Area B has no 2023/24 roll: no two-year line for it.
        #expect(!report.lines.contains { $0.planningArea == "B" && $0.horizonYears == 2 })
        // Authority, one year: (200 + 102) against (198 + 100): +1.3423%.
        let authority = try #require(report.authorityLines.first { $0.horizonYears == 1 })
        #expect(authority.forecast == 302)
        #expect(authority.actual == 298)
        let summary = try #require(report.summaries.first { $0.horizonYears == 1 })
        #expect(abs(summary.errorPercent - 4.0 / 298 * 100) < 1e-9)
        // Mean absolute area error: (1.0101% + 2.0%) ÷ 2.
        #expect(abs(summary.meanAbsoluteAreaErrorPercent - (2.0 / 198 * 100 + 2.0) / 2) < 1e-9)
        #expect(report.forecasts == 1)
    }

    @Test func horizonsComeFromTheSetting() {
        let report = AccuracyCalculator.report(
            authority: "E06000099", forecasts: [Self.stored()], data: Self.data(), horizons: [2], phases: [.primary])
        #expect(report.lines.allSatisfy { $0.horizonYears == 2 })
        #expect(report.horizons == [2])
    }
}
