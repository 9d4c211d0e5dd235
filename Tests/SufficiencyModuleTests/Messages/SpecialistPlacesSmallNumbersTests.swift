import CYPHubCore
import Testing

@testable import SufficiencyModule

@Suite("Specialist places small numbers")
struct SpecialistPlacesSmallNumbersTests {
    /// 3 primary-age children with an EHCP in specialist provision grown 10% a year: 3.0, 3.3; 200 secondary-age:
    /// 200, 220; demand 203 and 223 against 210 places: 7 needed in the second year.
    static func report(primary: Int) -> SpecialistPlacesReport {
        let first = Double(primary)
        let second = Double(primary) * 1.1
        return SpecialistPlacesReport(
            authority: "E10000018", baseYear: "2024/25", primaryBase: primary, secondaryBase: 200,
            annualGrowthPercent: 10,
            years: [
                SpecialistYear(
                    academicYear: "2024/25", primaryDemand: first, secondaryDemand: 200, hasPrimary: true,
                    demand: Int(first.rounded()) + 200, capacity: 210, placesNeeded: 0,
                    sparePlaces: 210 - Int(first.rounded()) - 200, hasComparison: true),
                SpecialistYear(
                    academicYear: "2025/26", primaryDemand: second, secondaryDemand: 220, hasPrimary: true,
                    demand: Int(second.rounded()) + 220, capacity: 210,
                    placesNeeded: Int(second.rounded()) + 220 - 210, hasComparison: true),
            ])
    }

    @Test("a primary base of 3: it and every year's primary demand, demand and places needed or spare go")
    func smallBase() {
        let shown = Self.report(primary: 3).suppressingSmallNumbers()
        #expect(shown.primaryBase == 0)
        #expect(shown.secondaryBase == 200)
        #expect(shown.years.map(\.primaryDemand) == [0, 0])
        #expect(shown.years.map(\.secondaryDemand) == [200, 220])
        #expect(shown.years.map(\.demand) == [0, 0])
        #expect(shown.years.map(\.capacity) == [210, 210])
        let year = ["primary_demand", "demand", "places_needed", "spare_places"]
        #expect(shown.suppressed == ["primary_base"] + year.map { "years[0].\($0)" } + year.map { "years[1].\($0)" })
    }

    @Test("a primary base of 60 is shown as it is")
    func largeBase() {
        let report = Self.report(primary: 60)
        #expect(report.suppressingSmallNumbers() == report)
    }
}
