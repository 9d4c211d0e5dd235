import CYPHubCore
import CapitalModule
import Testing

@testable import SufficiencyModule

/// Places against pupils, worked by hand.
@Suite struct SufficiencyCalculatorTests {
    static let authority = "E06000099"

    static func forecast(_ area: String, phase: Phase = .primary, _ totals: [(Int, Int)]) -> AreaForecast {
        AreaForecast(
            planningArea: area, name: "Area \(area)", phase: phase, ratios: [],
            years: totals.enumerated().map { index, entry in
                ForecastYear(
                    academicYear: AcademicYear(startYear: entry.0).description, actual: index == 0, yearGroups: [],
                    baseline: Double(entry.1), housing: 0, total: Double(entry.1), totalRounded: entry.1)
            },
            notes: [])
    }

    @Test func shortfallsAndSurplusesAreNeverNetted() throws {
        let data = AuthorityPlanningData(
            authority: Self.authority, areas: [],
            schools: [
                School(authority: Self.authority, urn: "100001", name: "North", phase: .primary, planningArea: "N", netCapacity: 1_000),
                School(authority: Self.authority, urn: "100002", name: "South", phase: .primary, planningArea: "S", netCapacity: 1_000),
            ])
        let band = SurplusBand()
        let areas = [
            SufficiencyCalculator.area(Self.forecast("N", [(2023, 990), (2024, 1_050)]), data: data, band: band),
            SufficiencyCalculator.area(Self.forecast("S", [(2023, 950), (2024, 920)]), data: data, band: band),
        ]
        // North 2024/25: 1,050 pupils in 1,000 places: 50 needed, -5.0%. South: 920 in 1,000: 80 spare, 8.0%.
        #expect(areas[0].years[1].placesNeeded == 50)
        #expect(areas[0].years[1].surplusPercent == -5)
        #expect(areas[0].years[1].status == .shortfall)
        #expect(areas[1].years[1].sparePlaces == 80)
        #expect(areas[1].years[1].status == .aboveTarget)
        let totals = SufficiencyCalculator.totals(areas)
        let next = try #require(totals.first { $0.academicYear == "2024/25" })
        // The authority shows 50 short and 80 spare, not a net surplus of 30.
        #expect(next.totalShortfall == 50)
        #expect(next.totalSurplus == 80)
        #expect(next.pupils == 1_970)
        #expect(next.capacity == 2_000)
        #expect(next.areasShort == 1)
        // 2023/24: North 10 spare (1.0%, below the 2-5% band), South 50 spare (5.0%, within it).
        #expect(areas[0].years[0].status == .belowTarget)
        #expect(areas[1].years[0].status == .withinTarget)
        #expect(totals.first { $0.academicYear == "2023/24" }?.totalShortfall == 0)
    }

    @Test func capacityIncludesPlacesAddedInTheYearTheyOpen() {
        let data = AuthorityPlanningData(
            authority: Self.authority, areas: [],
            schools: [
                School(authority: Self.authority, urn: "100001", name: "Old", phase: .primary, planningArea: "N", netCapacity: 420),
                School(
                    authority: Self.authority, urn: "100003", name: "New", phase: .primary, planningArea: "N", netCapacity: 210,
                    openingYear: AcademicYear(startYear: 2025)),
                School(
                    authority: Self.authority, urn: "100004", name: "Closing", phase: .primary, planningArea: "N",
                    netCapacity: 105, closingYear: AcademicYear(startYear: 2026)),
            ],
            placeChanges: [
                PlaceChange(
                    authority: Self.authority, planningArea: "N", year: AcademicYear(startYear: 2024), reference: "bulge",
                    places: 30)
            ])
        let area = SufficiencyCalculator.area(
            Self.forecast("N", [(2023, 500), (2024, 520), (2025, 540), (2026, 560)]), data: data, band: SurplusBand())
        // 2023/24: 420 + 105 = 525. 2024/25: +30 = 555. 2025/26: the new school opens: +210 = 765.
        // 2026/27: the closing school's 105 places go: 660.
        #expect(area.years.map(\.capacity) == [525, 555, 765, 660])
        #expect(area.years.map(\.placesChanged) == [0, 30, 210, -105])
        #expect(area.years.map(\.placesNeeded) == [0, 0, 0, 0])
        #expect(area.years.map(\.sparePlaces) == [25, 35, 225, 100])
    }

    @Test func theBandIsInclusiveAndNoCapacityIsNamed() {
        let band = SurplusBand(minPercent: 2, maxPercent: 5)
        #expect(band.status(pupils: 98, capacity: 100) == .withinTarget)  // exactly 2%
        #expect(band.status(pupils: 95, capacity: 100) == .withinTarget)  // exactly 5%
        #expect(band.status(pupils: 99, capacity: 100) == .belowTarget)
        #expect(band.status(pupils: 100, capacity: 100) == .belowTarget)
        #expect(band.status(pupils: 94, capacity: 100) == .aboveTarget)
        #expect(band.status(pupils: 101, capacity: 100) == .shortfall)
        #expect(band.status(pupils: 0, capacity: 0) == .noCapacity)
        #expect(band.status(pupils: 5, capacity: 0) == .shortfall)
    }
}
