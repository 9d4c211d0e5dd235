import CYPHubCore
import CapitalModule
import Foundation
import SENDModule
import Testing

@testable import SufficiencyModule

/// Specialist places from the EHCP caseload, worked by hand.
@Suite struct SpecialistForecasterTests {
    static let authority = "E06000099"

    static func count(_ date: String, _ age: SENDAgeBand, _ setting: SENDSettingType, _ count: Int) -> SENCaseloadCount {
        SENCaseloadCount(
            authorityCode: authority, measure: .ehcp, asAt: LocalDate(parsing: date)!, ageBand: age, settingType: setting,
            count: count)
    }

    static let caseload = [
        count("2020-01-16", .all, .all, 1_000),
        count("2023-01-19", .all, .all, 1_331),
        count("2023-01-19", .age5To10, .specialSchool, 100),
        count("2023-01-19", .age5To10, .resourcedProvision, 20),
        count("2023-01-19", .age5To10, .mainstreamSchool, 500),
        count("2023-01-19", .age11To15, .specialSchool, 150),
        count("2023-01-19", .age11To15, .independentSpecial, 50),
        count("2023-01-19", .age16To19, .specialSchool, 80),
    ]

    static let data = AuthorityPlanningData(
        authority: authority,
        areas: [PlanningArea(authority: authority, code: "SP", name: "Specialist", phase: .specialist)],
        schools: [
            School(
                authority: authority, urn: "200001", name: "Special", phase: .specialist, planningArea: "SP", netCapacity: 300,
                provision: .specialSchool, primaryPlaces: 110, secondaryPlaces: 150),
            School(
                authority: authority, urn: "200002", name: "New special", phase: .specialist, planningArea: "SP",
                netCapacity: 60, openingYear: AcademicYear(startYear: 2024), provision: .specialSchool, primaryPlaces: 30,
                secondaryPlaces: 30),
        ],
        placeChanges: [
            PlaceChange(authority: authority, planningArea: "SP", year: AcademicYear(startYear: 2025), reference: "RP", places: 10)
        ])

    @Test func demandGrowsAtTheEHCPTotalsCompoundRate() throws {
        let report = try SpecialistForecaster.report(
            authority: Self.authority, caseload: Self.caseload, data: Self.data, baseYear: AcademicYear(startYear: 2022),
            settings: ForecastSettings(), growthYears: 5)
        // Specialist settings only: 100 + 20 aged 5-10; 150 + 50 aged 11-15 (mainstream and 16-19 are not counted).
        #expect(report.primaryBase == 120)
        #expect(report.secondaryBase == 200)
        // 1,000 → 1,331 over 1,099 days (3.009 years): (1.331)^(365.25 / 1,099) − 1 ≈ 9.96% a year.
        let growth = pow(1.331, 365.25 / 1_099) - 1
        #expect(abs(report.annualGrowthPercent - growth * 100) < 1e-9)
        // The caseload is from 2022/23 (January 2023), the base year: year k is × (1 + g)^k.
        let next = try #require(report.years.first { $0.academicYear == "2023/24" })
        #expect(abs(next.primaryDemand - 120 * (1 + growth)) < 1e-9)
        #expect(abs(next.secondaryDemand - 200 * (1 + growth)) < 1e-9)
        // 131.95 → 132 and 219.92 → 220: 352 against 260 places: 92 needed.
        #expect(next.demand == 352)
        #expect(next.capacity == 260)
        #expect(next.placesNeeded == 92)
        // 2024/25 the new school's 60 places open; 2025/26 10 more from a place change.
        #expect(report.years.map(\.capacity) == [260, 260, 320, 330, 330, 330, 330, 330])
        // Primary five years ahead, secondary seven: the pool is compared only while both are forecast.
        #expect(report.years.map(\.hasComparison) == [true, true, true, true, true, true, false, false])
        #expect(report.years.last?.academicYear == "2029/30")
    }

    @Test func noBreakdownIsAFailedPrecondition() throws {
        let totalsOnly = Array(Self.caseload.prefix(2))
        #expect {
            try SpecialistForecaster.report(
                authority: Self.authority, caseload: totalsOnly, data: Self.data, baseYear: AcademicYear(startYear: 2022),
                settings: ForecastSettings(), growthYears: 5)
        } throws: { error in
            (error as? RPCError)?.code == .failedPrecondition
        }
    }

    @Test func oneTotalMeansNoGrowthAndSaysSo() throws {
        let report = try SpecialistForecaster.report(
            authority: Self.authority, caseload: Array(Self.caseload.dropFirst()), data: Self.data,
            baseYear: AcademicYear(startYear: 2022), settings: ForecastSettings(), growthYears: 5)
        #expect(report.annualGrowthPercent == 0)
        #expect(report.years[3].primaryDemand == 120)
        #expect(report.notes.contains { $0.contains("no growth applied") })
    }
}
