import CYPHubCore
import Testing

@testable import SENDModule

@Suite("SEND small numbers")
struct SENDSmallNumbersTests {
    /// 3 plans issued, 2 within 20 weeks (66.7%), none an exception; 40 annual reviews due, 36 completed (90%), 30
    /// on time (75%); 3 amendments due, 3 completed (100%).
    static func timeliness(issued: Int, within: Int, amendments: Int) -> TimelinessReport {
        TimelinessReport(
            authorityCode: "E10000018", periodStart: "2024-01-01", periodEnd: "2024-12-31",
            newPlans: NewPlanTimeliness(
                plansIssued: issued, issuedWithin20Weeks: within, exceptionPlans: 0, plansExcludingExceptions: issued,
                issuedWithin20WeeksExcludingExceptions: within, hasPercentIncludingExceptions: true,
                percentWithin20WeeksIncludingExceptions: Double(within) / Double(issued) * 100,
                hasPercentExcludingExceptions: true,
                percentWithin20WeeksExcludingExceptions: Double(within) / Double(issued) * 100,
                averageWeeksToIssue: 18.5, openOverdueAtPeriodEnd: 0),
            annualReviews: DeadlineTimeliness(
                due: 40, completed: 36, completedOnTime: 30, hasPercent: true, percentCompleted: 90, percentOnTime: 75),
            amendments: DeadlineTimeliness(
                due: amendments, completed: amendments, completedOnTime: amendments, hasPercent: true,
                percentCompleted: 100, percentOnTime: 100))
    }

    @Test("3 plans issued: the counts, both percentages and the average weeks go; 40 reviews stay")
    func threePlans() {
        let shown = Self.timeliness(issued: 3, within: 2, amendments: 3).suppressingSmallNumbers()
        #expect(shown.newPlans?.plansIssued == 0)
        #expect(shown.newPlans?.percentWithin20WeeksIncludingExceptions == 0)
        #expect(shown.newPlans?.averageWeeksToIssue == 0)
        #expect(shown.annualReviews == Self.timeliness(issued: 3, within: 2, amendments: 3).annualReviews)
        #expect(shown.amendments?.percentOnTime == 0)
        #expect(
            shown.suppressed == [
                "new_plans.plans_issued", "new_plans.percent_within_20_weeks_including_exceptions",
                "new_plans.average_weeks_to_issue", "new_plans.issued_within_20_weeks",
                "new_plans.plans_excluding_exceptions", "new_plans.percent_within_20_weeks_excluding_exceptions",
                "new_plans.issued_within_20_weeks_excluding_exceptions", "amendments.due",
                "amendments.percent_completed", "amendments.percent_on_time", "amendments.completed",
                "amendments.completed_on_time",
            ])
    }

    @Test("counts of 6 and more are shown as they are")
    func largeCounts() {
        let report = Self.timeliness(issued: 120, within: 66, amendments: 6)
        #expect(report.suppressingSmallNumbers() == report)
    }

    /// 3,000 EHCPs in spring 2024 against 2,700 a year before (+300, +11.1%); 3 of them aged 0-4 (0.1%, 5 a year
    /// before: -2, -40%), 2,997 aged 5-10.
    static func summary(underFive: Int, earlierUnderFive: Int = 5, total: Int = 3_000) -> EhcpSummary {
        EhcpSummary(
            authorityCode: "E10000018",
            ehcp: [
                EhcpCaseloadSnapshot(
                    measure: "ehcp", asAt: "2024-01-18", hasTotal: true, total: total,
                    sinceYearAgo: CountChange(
                        hasPrevious: true, previous: 2_700, change: total - 2_700, hasPercentChange: true, percentChange: 11.1),
                    byAgeBand: [
                        EhcpCaseloadGroup(
                            key: "0-4", count: underFive,
                            sinceYearAgo: CountChange(
                                hasPrevious: true, previous: earlierUnderFive, change: underFive - earlierUnderFive, hasPercentChange: true,
                                percentChange: Double(underFive - earlierUnderFive) / Double(earlierUnderFive) * 100),
                            hasShareOfTotal: true, shareOfTotalPercent: 0.1),
                        EhcpCaseloadGroup(key: "5-10", count: total - underFive, hasShareOfTotal: true, shareOfTotalPercent: 99.9),
                    ])
            ],
            newPlans: [NewPlansYear(year: 2023, count: 640)])
    }

    @Test("an age band of 3: its count, share and change go; its earlier 5 goes too")
    func ageBand() {
        let shown = Self.summary(underFive: 3).suppressingSmallNumbers()
        let band = shown.ehcp[0].byAgeBand[0]
        #expect(band.count == 0)
        #expect(band.shareOfTotalPercent == 0)
        #expect(band.sinceYearAgo?.previous == 0)
        #expect(band.sinceYearAgo?.change == 0)
        #expect(shown.ehcp[0].byAgeBand[1].count == 2_997)
        #expect(shown.ehcp[0].total == 3_000)
        #expect(
            shown.suppressed == [
                "ehcp[0].by_age_band[0].count", "ehcp[0].by_age_band[0].share_of_total_percent",
                "ehcp[0].by_age_band[0].since_year_ago.change", "ehcp[0].by_age_band[0].since_year_ago.percent_change",
                "ehcp[0].by_age_band[0].since_year_ago.previous",
            ])
    }

    @Test("a total of 3 takes every group's share and its own change with it")
    func smallTotal() {
        let shown = Self.summary(underFive: 0, total: 3).suppressingSmallNumbers()
        #expect(shown.ehcp[0].total == 0)
        #expect(shown.ehcp[0].byAgeBand.map(\.shareOfTotalPercent) == [0, 0])
        #expect(
            shown.suppressed == [
                "ehcp[0].total", "ehcp[0].since_year_ago.change", "ehcp[0].since_year_ago.percent_change",
                "ehcp[0].by_age_band[0].share_of_total_percent", "ehcp[0].by_age_band[1].share_of_total_percent",
                "ehcp[0].by_age_band[0].since_year_ago.previous", "ehcp[0].by_age_band[0].since_year_ago.change",
                "ehcp[0].by_age_band[0].since_year_ago.percent_change", "ehcp[0].by_age_band[1].count",
            ])
    }

    /// 60 aged 0-4 against 50 a year before.
    @Test("an EHCP summary with every count 6 or more is unchanged")
    func largeSummary() {
        let summary = Self.summary(underFive: 60, earlierUnderFive: 50)
        #expect(summary.suppressingSmallNumbers() == summary)
    }
}
