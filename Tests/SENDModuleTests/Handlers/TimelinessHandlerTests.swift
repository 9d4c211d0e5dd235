import CYPHubCore
import Testing
@testable import SENDModule

/// GetTimeliness over the synthetic demo records, which are built to reproduce the figures of seed 001:
/// paragraph 49 (the pre-reset review: 1% of new EHCPs on time, 10% of amendments within 12 weeks, 33% of
/// annual reviews completed, 12% of phase transfers on time), paragraph 51 (11% now, 2% in 2022, 0% in
/// the first half of 2023) and the TSIL report's paragraph 25 (0% → 11% since the September 2023 reset).
@Suite struct TimelinessHandlerTests {
    @Test func calendar2022IsTwoPercent() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let report = try await host.client.timeliness(authority: "E10000018", periodStart: "2022-01-01", periodEnd: "2022-12-31")
            let newPlans = try #require(report.newPlans)
            // 50 non-exception plans issued, 1 within 20 weeks (at exactly 140 days): 1 / 50 = 2.0%.
            // With the 3 exception plans (all late): 1 / 53 = 1.89%, also 2% rounded.
            #expect(newPlans.plansExcludingExceptions == 50)
            #expect(newPlans.issuedWithin20WeeksExcludingExceptions == 1)
            #expect(newPlans.percentWithin20WeeksExcludingExceptions == 2)
            #expect(newPlans.plansIssued == 53)
            #expect(newPlans.exceptionPlans == 3)
            #expect(FigureFormat.rounded(newPlans.percentWithin20WeeksIncludingExceptions, places: 2) == 1.89)
            #expect(report.hasSyntheticRecords)
        }
    }

    @Test func firstHalfOf2023IsZero() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let report = try await host.client.timeliness(authority: "E10000018", periodStart: "2023-01-01", periodEnd: "2023-06-30")
            let newPlans = try #require(report.newPlans)
            // 30 non-exception + 2 exception plans, none within 20 weeks (the quickest took 141 days).
            #expect(newPlans.plansIssued == 32)
            #expect(newPlans.issuedWithin20Weeks == 0)
            #expect(newPlans.hasPercentExcludingExceptions)
            #expect(newPlans.percentWithin20WeeksExcludingExceptions == 0)
        }
    }

    @Test func preResetReviewPeriod() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let report = try await host.client.timeliness(authority: "E10000018", periodStart: "2022-01-01", periodEnd: "2023-06-30")
            let newPlans = try #require(report.newPlans)
            let annualReviews = try #require(report.annualReviews)
            let amendments = try #require(report.amendments)
            let phaseTransfers = try #require(report.phaseTransfers)
            // New EHCPs: 1 of 80 non-exception plans on time = 1.25%, "1%"; including exceptions 1 / 85 = 1.18%.
            #expect(newPlans.percentWithin20WeeksExcludingExceptions == 1.25)
            #expect(FigureFormat.rounded(newPlans.percentWithin20WeeksIncludingExceptions, places: 0) == 1)
            // Amendments: 2 of the 20 due within 12 weeks = 10%.
            #expect(amendments.due == 20)
            #expect(amendments.completedOnTime == 2)
            #expect(amendments.percentOnTime == 10)
            // Annual reviews: 10 of the 30 due completed by 30 June 2023 = 33.3%; 4 (13.3%) by their due date.
            #expect(annualReviews.due == 30)
            #expect(annualReviews.completed == 10)
            #expect(FigureFormat.rounded(annualReviews.percentCompleted, places: 0) == 33)
            #expect(annualReviews.completedOnTime == 4)
            // Phase transfers: 3 of 25 (15 February 2022 and 2023 deadlines) on time = 12%.
            #expect(phaseTransfers.due == 25)
            #expect(phaseTransfers.completedOnTime == 3)
            #expect(phaseTransfers.percentOnTime == 12)
        }
    }

    @Test func sinceTheSeptember2023Reset() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let report = try await host.client.timeliness(authority: "E10000018", periodStart: "2023-09-01", periodEnd: "2023-12-31")
            let newPlans = try #require(report.newPlans)
            // 2 of 18 non-exception plans within 20 weeks = 11.1%, "11%"; with the 1 exception 2 / 19 = 10.5%.
            #expect(newPlans.plansExcludingExceptions == 18)
            #expect(newPlans.issuedWithin20WeeksExcludingExceptions == 2)
            #expect(FigureFormat.rounded(newPlans.percentWithin20WeeksExcludingExceptions, places: 1) == 11.1)
            #expect(FigureFormat.rounded(newPlans.percentWithin20WeeksIncludingExceptions, places: 1) == 10.5)
            #expect(FigureFormat.rounded(newPlans.percentWithin20WeeksIncludingExceptions, places: 0) == 11)
        }
    }

    @Test func noPeriodMeansTheLatestCalendarYear() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let report = try await host.client.timeliness(authority: "E10000018")
            let newPlans = try #require(report.newPlans)
            #expect(report.periodStart == "2023-01-01")
            #expect(report.periodEnd == "2023-12-31")
            // 2023: 30 + 10 + 18 = 58 non-exception plans, 2 on time.
            #expect(newPlans.plansExcludingExceptions == 58)
            #expect(newPlans.issuedWithin20WeeksExcludingExceptions == 2)
        }
    }

    @Test func requestErrors() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            do {
                _ = try await host.client.timeliness(authority: "E10000018", periodStart: "2023-01-01")
                Issue.record("expected INVALID_ARGUMENT")
            } catch let error as RPCError {
                #expect(error.code == .invalidArgument)
                #expect(error.message.hasPrefix("period_end"))
            }
            do {
                _ = try await host.client.timeliness(authority: "E10000018", periodStart: "2023-13-01", periodEnd: "2023-12-31")
                Issue.record("expected INVALID_ARGUMENT")
            } catch let error as RPCError {
                #expect(error.message.hasPrefix("period_start"))
            }
            do {
                _ = try await host.client.timeliness(authority: "E06000016")
                Issue.record("expected NOT_FOUND")
            } catch let error as RPCError {
                #expect(error.code == .notFound)
            }
        }
    }
}
