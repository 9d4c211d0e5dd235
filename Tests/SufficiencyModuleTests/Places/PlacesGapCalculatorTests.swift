import CYPHubCore
import CapitalModule
import Testing

@testable import SufficiencyModule

/// The link between shortfalls and the capital programme, worked by hand.
@Suite struct PlacesGapCalculatorTests {
    static let base = AcademicYear(startYear: 2023)

    /// Area N: 100 places short in 2024/25, 250 in 2025/26, 400 in 2026/27 (1,000 places throughout).
    static let north = AreaSufficiency(
        planningArea: "N", name: "North", phase: .primary,
        years: [(2023, 990, true), (2024, 1_100, false), (2025, 1_250, false), (2026, 1_400, false)].map { year, pupils, actual in
            SufficiencyCalculator.line(
                academicYear: AcademicYear(startYear: year).description, actual: actual, pupils: pupils, capacity: 1_000,
                changed: 0, band: SurplusBand())
        })

    /// Area S: 200 spare every year.
    static let south = AreaSufficiency(
        planningArea: "S", name: "South", phase: .primary,
        years: [(2023, 800, true), (2024, 800, false), (2025, 800, false), (2026, 800, false)].map { year, pupils, actual in
            SufficiencyCalculator.line(
                academicYear: AcademicYear(startYear: year).description, actual: actual, pupils: pupils, capacity: 1_000,
                changed: 0, band: SurplusBand())
        })

    static func project(_ id: String, area: String = "N", places: Int, opening: Int, cost: Int) -> PlacesProject {
        PlacesProject(
            projectID: id, name: "Project \(id)", category: "additional_school_places", places: places, planningArea: area,
            phase: .primary, openingYear: AcademicYear(startYear: opening), grossCostPounds: cost)
    }

    static let costs: [SchoolPhase: PlacesGapCalculator.CostBasis] = [
        .primary: .init(pounds: 25_000, basis: "test")
    ]

    static func report(_ projects: [PlacesProject]) -> PlacesGapReport {
        PlacesGapCalculator.report(
            authority: "E06000099", baseYear: base, areas: [north, south], projects: projects, version: nil, costs: costs,
            knownAreas: ["N": .primary, "S": .primary])
    }

    @Test func plannedPlacesCloseTheGapFromTheYearTheyOpen() throws {
        let report = Self.report([Self.project("A", places: 210, opening: 2025, cost: 5_250_000)])
        let north = try #require(report.areas.first { $0.planningArea == "N" })
        // 2024/25: 100 short, nothing open yet. 2025/26: 250 short, 210 open: 40 left. 2026/27: 400 − 210 = 190.
        #expect(north.years.map(\.shortfall) == [100, 250, 400])
        #expect(north.years.map(\.plannedOpening) == [0, 210, 0])
        #expect(north.years.map(\.plannedPlaces) == [0, 210, 210])
        #expect(north.years.map(\.remainingGap) == [100, 40, 190])
        #expect(north.peakShortfall == 400)
        #expect(north.peakRemainingGap == 190)
        // 190 places × £25,000 = £4,750,000.
        #expect(north.costToClose == 4_750_000)
        // South's 200 spare places never cover North's gap.
        let primary = try #require(report.phases.first { $0.phase == .primary })
        #expect(primary.totalShortfall == 400)
        #expect(primary.totalPlanned == 210)
        #expect(primary.remainingGap == 190)
        #expect(primary.costToClose == 4_750_000)
    }

    @Test func aSlippedProjectLeavesAShortfallInTheYearItNoLongerCovers() throws {
        let onTime = Self.report([Self.project("A", places: 420, opening: 2024, cost: 10_000_000)])
        let slipped = Self.report([Self.project("A", places: 420, opening: 2025, cost: 10_000_000)])
        let before = try #require(onTime.areas.first { $0.planningArea == "N" })
        let after = try #require(slipped.areas.first { $0.planningArea == "N" })
        #expect(before.years.map(\.remainingGap) == [0, 0, 0])
        // Opening a year later, 2024/25's 100-place shortfall is no longer covered.
        #expect(after.years.map(\.remainingGap) == [100, 0, 0])
        #expect(after.peakRemainingGap == 100)
        #expect(after.years[0].spareAfter == 0)
        #expect(before.years[0].spareAfter == 320)
    }

    @Test func projectsOpenedByTheBaseYearOrElsewhereAreNotCountedAndSaySo() throws {
        let report = Self.report([
            Self.project("OLD", places: 300, opening: 2023, cost: 1),
            Self.project("LOST", area: "Z9", places: 300, opening: 2025, cost: 1),
        ])
        let north = try #require(report.areas.first { $0.planningArea == "N" })
        #expect(north.years.map(\.plannedPlaces) == [0, 0, 0])
        #expect(report.notes.contains { $0.contains("OLD") && $0.contains("at or before the base year") })
        #expect(report.notes.contains { $0.contains("LOST") && $0.contains("not held") })
        #expect(report.notes.contains { $0.contains("no capital programme") })
    }
}
