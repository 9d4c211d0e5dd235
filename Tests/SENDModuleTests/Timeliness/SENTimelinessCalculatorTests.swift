import CYPHubCore
import Testing
@testable import SENDModule

@Suite struct SENTimelinessCalculatorTests {
    func date(_ text: String) -> LocalDate { LocalDate(parsing: text) ?? LocalDate(daysSinceEpoch: 0) }

    @Test func twentyWeeksIsAtMost140Days() {
        // 2 Jan 2023 → 22 May 2023: 29 + 28 + 31 + 30 + 22 = 140 days, on time; 23 May is day 141, late.
        let onTime = EhcpAssessmentRecord(
            authorityCode: "E10000018", planId: "a", requestReceived: date("2023-01-02"), finalPlanIssued: date("2023-05-22"))
        let late = EhcpAssessmentRecord(
            authorityCode: "E10000018", planId: "b", requestReceived: date("2023-01-02"), finalPlanIssued: date("2023-05-23"))
        #expect(onTime.daysToIssue == 140)
        #expect(onTime.issuedWithin20Weeks)
        #expect(late.daysToIssue == 141)
        #expect(!late.issuedWithin20Weeks)
        #expect(
            !EhcpAssessmentRecord(authorityCode: "E10000018", planId: "c", requestReceived: date("2023-01-02"), finalPlanIssued: nil)
                .issuedWithin20Weeks)
    }

    @Test func exceptionsAreExcludedFromTheHeadlineAndIncludedInTheOther() throws {
        let records = [
            // On time, no exception.
            EhcpAssessmentRecord(
                authorityCode: "E10000018", planId: "1", requestReceived: date("2023-01-02"), finalPlanIssued: date("2023-05-01")),
            // Late, no exception.
            EhcpAssessmentRecord(
                authorityCode: "E10000018", planId: "2", requestReceived: date("2022-12-01"), finalPlanIssued: date("2023-06-01")),
            // Late, exception.
            EhcpAssessmentRecord(
                authorityCode: "E10000018", planId: "3", requestReceived: date("2022-11-01"), finalPlanIssued: date("2023-06-15"),
                isException: true),
            // Issued outside the period: not counted.
            EhcpAssessmentRecord(
                authorityCode: "E10000018", planId: "4", requestReceived: date("2023-03-01"), finalPlanIssued: date("2023-07-03")),
            // Another authority: not counted.
            EhcpAssessmentRecord(
                authorityCode: "E06000016", planId: "5", requestReceived: date("2023-03-01"), finalPlanIssued: date("2023-04-03")),
            // Open at the period end, received 2023-01-10: 171 days before 30 June, overdue.
            EhcpAssessmentRecord(authorityCode: "E10000018", planId: "6", requestReceived: date("2023-01-10"), finalPlanIssued: nil),
        ]
        let report = try SENTimelinessCalculator.report(
            authorityCode: "E10000018", start: date("2023-01-01"), end: date("2023-06-30"), assessments: records
        )
        let plans = try #require(report.newPlans)
        #expect(plans.plansIssued == 3)
        #expect(plans.issuedWithin20Weeks == 1)
        #expect(plans.exceptionPlans == 1)
        #expect(plans.plansExcludingExceptions == 2)
        #expect(plans.issuedWithin20WeeksExcludingExceptions == 1)
        // Excluding: 1 / 2 = 50%; including: 1 / 3 = 33.3%.
        #expect(plans.percentWithin20WeeksExcludingExceptions == 50)
        #expect(abs(plans.percentWithin20WeeksIncludingExceptions - 100.0 / 3) < 1e-9)
        // Days 119, 182, 226: mean 175.67 days = 25.095 weeks.
        #expect(abs(plans.averageWeeksToIssue - (119.0 + 182 + 226) / 3 / 7) < 1e-9)
        #expect(plans.openOverdueAtPeriodEnd == 1)
        #expect(!report.hasSyntheticRecords)
    }

    @Test func deadlineMeasures() throws {
        let reviews = [
            AnnualReviewRecord(
                authorityCode: "E10000018", planId: "r1", reviewDue: date("2023-02-01"), reviewCompleted: date("2023-01-20")),
            AnnualReviewRecord(
                authorityCode: "E10000018", planId: "r2", reviewDue: date("2023-03-01"), reviewCompleted: date("2023-04-10")),
            AnnualReviewRecord(
                authorityCode: "E10000018", planId: "r3", reviewDue: date("2023-05-01"), reviewCompleted: date("2023-08-01")),
            AnnualReviewRecord(authorityCode: "E10000018", planId: "r4", reviewDue: date("2023-06-01"), reviewCompleted: nil),
            AnnualReviewRecord(
                authorityCode: "E10000018", planId: "r5", reviewDue: date("2023-07-01"), reviewCompleted: date("2023-07-01")),
        ]
        // Started 2023-01-05: deadline 2023-03-30 (84 days), issued 2023-03-30: on time.
        // Started 2023-02-01: deadline 2023-04-26, issued 2023-05-10: late.
        let amendments = [
            AmendmentRecord(
                authorityCode: "E10000018", planId: "m1", amendmentStarted: date("2023-01-05"), amendedPlanIssued: date("2023-03-30")),
            AmendmentRecord(
                authorityCode: "E10000018", planId: "m2", amendmentStarted: date("2023-02-01"), amendedPlanIssued: date("2023-05-10")),
        ]
        let transfers = [
            PhaseTransferRecord(
                authorityCode: "E10000018", planId: "t1", phase: "primary_to_secondary", transferDeadline: date("2023-02-15"),
                amendedPlanIssued: date("2023-02-15")),
            PhaseTransferRecord(
                authorityCode: "E10000018", planId: "t2", phase: "primary_to_secondary", transferDeadline: date("2023-02-15"),
                amendedPlanIssued: nil),
        ]
        #expect(amendments[0].deadline == date("2023-03-30"))
        let report = try SENTimelinessCalculator.report(
            authorityCode: "E10000018", start: date("2023-01-01"), end: date("2023-06-30"), assessments: [],
            reviews: reviews, amendments: amendments, transfers: transfers
        )
        let newPlanFigures = try #require(report.newPlans)
        let reviewFigures = try #require(report.annualReviews)
        let amendmentFigures = try #require(report.amendments)
        let transferFigures = try #require(report.phaseTransfers)
        // Reviews due in the period: r1-r4. Completed by 30 June: r1, r2 (2 of 4 = 50%); on time: r1 (25%).
        #expect(reviewFigures.due == 4)
        #expect(reviewFigures.completed == 2)
        #expect(reviewFigures.completedOnTime == 1)
        #expect(reviewFigures.percentCompleted == 50)
        #expect(reviewFigures.percentOnTime == 25)
        #expect(amendmentFigures.due == 2)
        #expect(amendmentFigures.completedOnTime == 1)
        #expect(transferFigures.percentOnTime == 50)
        #expect(!newPlanFigures.hasPercentExcludingExceptions)
    }

    @Test func aPeriodEndingBeforeItStartsIsRefused() {
        #expect(throws: RPCError.self) {
            try SENTimelinessCalculator.report(
                authorityCode: "E10000018", start: date("2023-02-01"), end: date("2023-01-01"), assessments: [])
        }
    }
}
