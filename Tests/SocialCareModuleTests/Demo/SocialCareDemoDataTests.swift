import CYPHubCore
import CYPHubTesting
import Testing

@testable import SocialCareModule

@Suite("Demo data")
struct SocialCareDemoDataTests {
    @Test("the demo files go through the importer")
    func imports() async throws {
        try await withSocialCare(demoData: true) { _, host in
            #expect(try await host.count("sc_demand_snapshots") == 2)
            #expect(try await host.count("sc_worker_caseloads") == 262)
            #expect(try await host.count("sc_supervision") == 4)
            // Loading again replaces rather than duplicates.
            try await SocialCareModule.loadDemoData(into: host.storage)
            #expect(try await host.count("sc_worker_caseloads") == 262)
        }
    }

    /// Highest, lowest and workers over the threshold for a team type: October is the seed's value,
    /// July is value − change from the seed's table.
    struct Expected: Sendable, CustomStringConvertible {
        var teamType: TeamType
        var october: [Int]
        var july: [Int]
        var description: String { teamType.rawValue }
    }

    static let expected: [Expected] = [
        Expected(teamType: .cin, october: [31, 5, 15], july: [28, 6, 12]),
        Expected(teamType: .sat, october: [29, 3, 6], july: [31, 9, 10]),
        Expected(teamType: .cla, october: [24, 3, 10], july: [26, 13, 10]),
        Expected(teamType: .leavingCareCaseWorker, october: [23, 6, 7], july: [24, 12, 5]),
        Expected(teamType: .leavingCareAdvisor, october: [21, 1, 1], july: [19, 1, 0]),
        Expected(teamType: .independentChair, october: [123, 1, 5], july: [133, 3, 5]),
        Expected(teamType: .iro, october: [81, 30, 9], july: [84, 1, 8]),
        Expected(teamType: .kinship, october: [8, 1, 0], july: [9, 2, 0]),
        Expected(teamType: .earlyHelpCluster, october: [46, 2, 22], july: [51, 1, 28]),
        Expected(teamType: .targetedYouthSupport, october: [6, 2, 0], july: [7, 1, 0]),
        Expected(teamType: .lado, october: [31, 18, 1], july: [30, 29, 2]),
    ]

    @Test("the synthetic records hit the seed's caseload figures on both dates", arguments: expected)
    func caseloadsBothDates(expected: Expected) throws {
        for (date, figures) in [("2024-10-04", expected.october), ("2024-07-05", expected.july)] {
            let summaries = CaseloadAnalysis.compute(records: SeedTable.demoWorkers(on: date))
            let summary = try #require(summaries.first { $0.measure == CaseloadMeasure(expected.teamType) })
            let actual = [summary.highestWorkerCaseload, summary.lowestWorkerCaseload, summary.workersOverThreshold]
            #expect(actual == figures, "\(expected.teamType) on \(date)")
        }
    }

    @Test("the CIN team and Early Help cluster totals match the seed on both dates")
    func totals() throws {
        let october = CaseloadAnalysis.compute(records: SeedTable.demoWorkers(on: "2024-10-04"))
        let july = CaseloadAnalysis.compute(records: SeedTable.demoWorkers(on: "2024-07-05"))
        let cin = CaseloadMeasure(.cin)
        let individuals = CaseloadMeasure(.earlyHelpCluster)
        let families = CaseloadMeasure(.earlyHelpCluster, .families)
        // Highest CIN team 133 (July 139); EH 1,167 individuals / 322 families (July 1,242 / 350);
        // families over 8: 10 (July 12).
        #expect(october.first { $0.measure == cin }?.highestTeamCaseload == 133)
        #expect(july.first { $0.measure == cin }?.highestTeamCaseload == 139)
        #expect(october.first { $0.measure == individuals }?.totalCaseload == 1_167)
        #expect(july.first { $0.measure == individuals }?.totalCaseload == 1_242)
        #expect(october.first { $0.measure == families }?.totalCaseload == 322)
        #expect(july.first { $0.measure == families }?.totalCaseload == 350)
        #expect(october.first { $0.measure == families }?.workersOverThreshold == 10)
        #expect(july.first { $0.measure == families }?.workersOverThreshold == 12)
    }
}
