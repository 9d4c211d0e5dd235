import CYPHubCore
import CapitalModule
import Testing

@testable import SufficiencyModule

/// The cohort-survival method worked by hand on small cases.
@Suite struct CohortSurvivalForecasterTests {
    /// Area A: a school that opened in 2019 with Reception, so in 2020-2022 its upper year groups are still empty
    /// (a transition with no history). Area B: one census year only, no births. Base year 2022/23, two years of
    /// history per ratio, primary two years ahead.
    static func smallAuthority(housing: [String: [Int: Int]] = [:]) -> AuthorityPlanningData {
        AuthorityPlanningData(
            authority: "E06000099",
            areas: [
                PlanningArea(authority: "E06000099", code: "A", name: "Area A", phase: .primary),
                PlanningArea(authority: "E06000099", code: "B", name: "Area B", phase: .primary),
            ],
            numbersOnRoll: [
                "A": [
                    2020: [0: 100, 1: 100, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0],
                    2021: [0: 110, 1: 102, 2: 100, 3: 0, 4: 0, 5: 0, 6: 0],
                    2022: [0: 120, 1: 110, 2: 104, 3: 100, 4: 0, 5: 0, 6: 0],
                ],
                "B": [2022: [0: 30, 1: 30, 2: 28, 3: 28, 4: 26, 5: 25, 6: 25]],
            ],
            births: ["A": [2016: 100, 2017: 110, 2018: 120, 2019: 125, 2020: 130, 2023: 999]],
            housing: housing,
            yields: [.primary: 0.35])
    }

    static let settings = ForecastSettings(survivalYears: 2, primaryHorizon: 2, secondaryHorizon: 3)

    @Test func ratiosAreMeansOverTheWindowWithFallbacksNamed() throws {
        let forecasts = CohortSurvivalForecaster.forecast(
            Self.smallAuthority(), baseYear: AcademicYear(startYear: 2022), settings: Self.settings, phases: [.primary])
        let a = try #require(forecasts.first { $0.planningArea == "A" })
        let ratios = Dictionary(uniqueKeysWithValues: a.ratios.map { ($0.transition, $0) })
        // births>R: 110 / 110 (births 2017) in 2021/22, 120 / 120 (births 2018) in 2022/23: mean 1.0.
        #expect(ratios["births>R"]?.ratio == 1.0)
        #expect(ratios["births>R"]?.historyYears == ["2021/22", "2022/23"])
        // R>Y1: 102 / 100 = 1.02 and 110 / 110 = 1.0: mean 1.01.
        #expect(abs((ratios["R>Y1"]?.ratio ?? 0) - 1.01) < 1e-12)
        // Y1>Y2: 100 / 100 and 104 / 102: mean 1.0098039…
        #expect(abs((ratios["Y1>Y2"]?.ratio ?? 0) - (1 + 104.0 / 102) / 2) < 1e-12)
        // Y2>Y3: only 2022/23 has a Year 2 the year before (100 / 100).
        #expect(ratios["Y2>Y3"]?.history == [1.0])
        #expect(ratios["Y2>Y3"]?.basis == "history")
        // Y3>Y4 has no history: the area's phase average of its survival ratios with history,
        // (1.01 + 1.0098039… + 1.0) / 3 = 1.0066013…
        let average = (1.01 + (1 + 104.0 / 102) / 2 + 1.0) / 3
        #expect(ratios["Y3>Y4"]?.basis == "area phase average")
        #expect(abs((ratios["Y3>Y4"]?.ratio ?? 0) - average) < 1e-12)
        #expect(a.notes.contains { $0.hasPrefix("Y3>Y4 has no history") })
    }

    @Test func rollsCohortsAndAddsBirthsFourYearsEarlier() throws {
        let forecasts = CohortSurvivalForecaster.forecast(
            Self.smallAuthority(), baseYear: AcademicYear(startYear: 2022), settings: Self.settings, phases: [.primary])
        let a = try #require(forecasts.first { $0.planningArea == "A" })
        #expect(a.years.map(\.academicYear) == ["2022/23", "2023/24", "2024/25"])
        #expect(a.years[0].actual && a.years[0].totalRounded == 434)
        let next = a.years[1]
        let pupils = next.yearGroups.map(\.pupils)
        // R = births 2019 (125) × 1.0; Y1 = 120 × 1.01; Y2 = 110 × 1.0098…; Y3 = 104 × 1.0; Y4 = 100 × 1.0066…
        let average = (1.01 + (1 + 104.0 / 102) / 2 + 1.0) / 3
        let expected = [125, 121.2, 110 * (1 + 104.0 / 102) / 2, 104, 100 * average, 0, 0]
        for (actual, wanted) in zip(pupils, expected) { #expect(abs(actual - wanted) < 1e-9) }
        #expect(abs(next.total - 561.938_562_091_503_2) < 1e-9)
        // Births for 2020 are held (130); 2023's 999 is after the base year's calendar start and never read.
        #expect(abs(a.years[2].yearGroups[0].pupils - 130) < 1e-9)
        #expect(!a.notes.contains { $0.contains("births") })
    }

    @Test func anAreaWithOneCensusYearUsesTheAuthorityAndDefaults() throws {
        let forecasts = CohortSurvivalForecaster.forecast(
            Self.smallAuthority(), baseYear: AcademicYear(startYear: 2022), settings: Self.settings, phases: [.primary])
        let b = try #require(forecasts.first { $0.planningArea == "B" })
        let ratios = Dictionary(uniqueKeysWithValues: b.ratios.map { ($0.transition, $0) })
        // No history in B: R>Y1 from area A's mean (1.01); Y3>Y4 has history nowhere: 1.0.
        #expect(ratios["R>Y1"]?.basis == "authority phase average")
        #expect(abs((ratios["R>Y1"]?.ratio ?? 0) - 1.01) < 1e-12)
        #expect(ratios["Y3>Y4"]?.basis == "default 1.0")
        // No births held: Reception stays at the mean of the census years held (30).
        #expect(ratios["births>R"]?.basis.hasPrefix("no births held") == true)
        #expect(abs(b.years[1].yearGroups[0].pupils - 30) < 1e-12)
        // Y1 in 2023/24: Reception 2022/23 (30) × 1.01 = 30.3.
        #expect(abs(b.years[1].yearGroups[1].pupils - 30.3) < 1e-12)
    }

    @Test func aNewHousingSiteAddsYieldByTheProfileAndIsNotRolledTwice() throws {
        let data = Self.smallAuthority(housing: ["A": [2022: 500, 2023: 70]])
        let forecasts = CohortSurvivalForecaster.forecast(
            data, baseYear: AcademicYear(startYear: 2022), settings: Self.settings, phases: [.primary])
        let a = try #require(forecasts.first { $0.planningArea == "A" })
        // Completions in or before the base year are already on roll: only 2023/24's 70 dwellings count.
        // 70 × 0.35 = 24.5 pupils, 3.5 in each of the seven year groups, in 2023/24 and (cumulative) 2024/25.
        let next = a.years[1]
        #expect(abs(next.housing - 24.5) < 1e-9)
        #expect(abs(next.yearGroups[5].pupils - 3.5) < 1e-9)
        #expect(abs(next.total - (561.938_562_091_503_2 + 24.5)) < 1e-9)
        // Each year group rounded, then summed: 128.5→129, 124.7→125, 114.58→115, 107.5→108, 104.16→104, 3.5→4, 3.5→4.
        #expect(next.totalRounded == 589)
        // 2024/25: the baseline rolls from the baseline (no housing pupils survived into it); housing stays 24.5.
        let after = a.years[2]
        #expect(abs(after.housing - 24.5) < 1e-9)
        #expect(abs(after.yearGroups[1].pupils - (125 * 1.01 + 3.5)) < 1e-9)
        #expect(a.notes.contains { $0.contains("70 new dwellings") })
    }

    @Test func yearSevenComesFromTheFeederAreasYearSix() throws {
        let data = AuthorityPlanningData(
            authority: "E06000099",
            areas: [
                PlanningArea(authority: "E06000099", code: "F1", name: "Feeder 1", phase: .primary, secondaryArea: "S"),
                PlanningArea(authority: "E06000099", code: "F2", name: "Feeder 2", phase: .primary, secondaryArea: "T"),
                PlanningArea(authority: "E06000099", code: "S", name: "Secondary S", phase: .secondary),
                PlanningArea(authority: "E06000099", code: "T", name: "Secondary T", phase: .secondary),
            ],
            numbersOnRoll: [
                "F1": [2021: [6: 100], 2022: [6: 110], 2023: [6: 120]],
                "F2": [2021: [6: 500], 2022: [6: 500], 2023: [6: 500]],
                "S": [2022: [7: 95], 2023: [7: 99]],
                "T": [2022: [7: 480], 2023: [7: 490]],
            ])
        let forecasts = CohortSurvivalForecaster.forecast(
            data, baseYear: AcademicYear(startYear: 2023), settings: Self.settings, phases: [.secondary])
        let s = try #require(forecasts.first { $0.planningArea == "S" })
        // Transfer ratio: 95 / 100 (2022/23) and 99 / 110 (2023/24): mean 0.925; F2 does not feed S.
        #expect(abs((s.ratios.first { $0.transition == "Y6>Y7" }?.ratio ?? 0) - 0.925) < 1e-12)
        // Year 7 in 2024/25: F1's Year 6 in 2023/24 (120) × 0.925 = 111.
        #expect(abs(s.years[1].yearGroups[0].pupils - 111) < 1e-9)
        #expect(s.notes.contains("Year 7 from Year 6 of the feeder primary areas F1"))
        // No sixth form on roll: Years 7-11 only.
        #expect(s.years[0].yearGroups.map(\.yearGroup) == ["Y7", "Y8", "Y9", "Y10", "Y11"])
        #expect(s.years.count == 4)
    }

    @Test func aBackcastUsesOnlyDataUpToItsBaseYear() throws {
        let forecasts = CohortSurvivalForecaster.forecast(
            Self.smallAuthority(), baseYear: AcademicYear(startYear: 2021), settings: Self.settings, phases: [.primary])
        let a = try #require(forecasts.first { $0.planningArea == "A" })
        // Window 2020/21-2021/22; only 2021/22 has an earlier year: R>Y1 = 102 / 100.
        #expect(a.ratios.first { $0.transition == "R>Y1" }?.history == [1.02])
        // Reception 2022/23 from births 2018 (120) × the one reception ratio 110 / 110 = 1.0.
        #expect(abs(a.years[1].yearGroups[0].pupils - 120) < 1e-9)
        // Area B has no census year up to 2021/22: not forecast, and says why.
        let b = try #require(forecasts.first { $0.planningArea == "B" })
        #expect(b.years.isEmpty)
        #expect(b.notes == ["no numbers on roll held for 2021/22; the area is not forecast"])
    }
}
