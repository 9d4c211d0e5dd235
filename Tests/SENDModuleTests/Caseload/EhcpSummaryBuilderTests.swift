import CYPHubCore
import Testing
@testable import SENDModule

@Suite struct EhcpSummaryBuilderTests {
    func date(_ text: String) -> LocalDate { LocalDate(parsing: text) ?? LocalDate(daysSinceEpoch: 0) }

    @Test func notStatedAndConsistencyNotes() throws {
        let at = date("2024-01-18")
        let counts = [
            SENCaseloadCount(authorityCode: "E10000018", measure: .ehcp, asAt: at, count: 1_000),
            SENCaseloadCount(authorityCode: "E10000018", measure: .ehcp, asAt: at, settingType: .specialSchool, count: 300),
            SENCaseloadCount(
                authorityCode: "E10000018", measure: .ehcp, asAt: at, ageBand: .age5To10, settingType: .specialSchool, count: 120),
            SENCaseloadCount(
                authorityCode: "E10000018", measure: .ehcp, asAt: at, ageBand: .age11To15, settingType: .specialSchool, count: 150),
            SENCaseloadCount(
                authorityCode: "E10000018", measure: .ehcp, asAt: at, settingType: .mainstreamSchool, count: 500, source: .derived),
        ]
        let snapshot = try #require(EhcpSummaryBuilder.summary(authorityCode: "E10000018", counts: counts, newPlans: []).ehcp.first)
        // Settings: special 300 (its row) + mainstream 500 = 800 of 1,000: 200 not stated.
        #expect(snapshot.bySettingType.map(\.key) == ["mainstream_school", "special_school", "not_stated"])
        #expect(snapshot.bySettingType.map(\.count) == [500, 300, 200])
        #expect(snapshot.bySettingType.first?.source == .derived)
        // Ages from the cells: 120 and 150, 730 not stated.
        #expect(snapshot.byAgeBand.map(\.count) == [120, 150, 730])
        // The special school row (300) and its age cells (270) disagree.
        #expect(snapshot.consistencyNotes == ["State-funded special school: the row gives 300 but its breakdown adds up to 270"])
        #expect(snapshot.bySettingType[2].shareOfTotalPercent == 20)
    }

    @Test func yearAgoMustBeWithin45DaysOfAYearBefore() {
        let counts = [
            SENCaseloadCount(authorityCode: "E1", measure: .senSupport, asAt: date("2022-11-01"), count: 10),
            SENCaseloadCount(authorityCode: "E1", measure: .senSupport, asAt: date("2023-03-01"), count: 20),
            SENCaseloadCount(authorityCode: "E1", measure: .senSupport, asAt: date("2024-01-18"), count: 30),
        ]
        let snapshots = EhcpSummaryBuilder.summary(authorityCode: "E1", counts: counts, newPlans: []).senSupport
        // 2024-01-18 less a year is 2023-01-18: 2022-11-01 is 78 days off, 2023-03-01 is 42 days off.
        #expect(snapshots.last?.sinceYearAgo?.previousAsAt == "2023-03-01")
        #expect(snapshots.last?.sinceYearAgo?.change == 10)
        #expect(snapshots.last?.sincePrevious?.change == 10)
        // Nothing before 2022-11-01.
        #expect(snapshots.first?.sincePrevious?.hasPrevious == false)
    }

    @Test func newPlansGrowthNeedsTheYearBefore() {
        let plans = [
            NewPlansCount(authorityCode: "E1", year: 2020, count: 100),
            NewPlansCount(authorityCode: "E1", year: 2022, count: 0),
            NewPlansCount(authorityCode: "E1", year: 2023, count: 50),
        ]
        let years = EhcpSummaryBuilder.summary(authorityCode: "E1", counts: [], newPlans: plans).newPlans
        #expect(years.map { $0.sincePreviousYear?.hasPrevious } == [false, false, true])
        // From 0, a % change is undefined.
        #expect(years.last?.sincePreviousYear?.hasPercentChange == false)
        #expect(years.last?.sincePreviousYear?.change == 50)
    }
}

/// Seed 000 §4.2: 736 new EHCPs in 2023, "17% higher than in 2022".
@Suite struct LeicesterNewPlansDerivationTests {
    @Test func twentyTwentyTwoIsAbout629() {
        // 736 / 1.17 = 629.06 → 629.
        #expect((736.0 / 1.17).rounded() == 629)
        // Any 2022 count from 627 to 631 gives growth that rounds to 17%; 626 and 632 do not.
        func growth(_ previous: Int) -> Double { (Comparison(current: 736, previous: Double(previous)).percentChange ?? 0).rounded() }
        #expect((627...631).allSatisfy { growth($0) == 17 })
        #expect(growth(626) == 18)
        #expect(growth(632) == 16)
    }
}
