import Testing

@testable import SocialCareModule

@Suite("CaseloadAnalysis")
struct CaseloadAnalysisTests {
    @Test("highest, lowest, total and team figures from a hand-made team")
    func smallTeam() throws {
        let records = [
            WorkerCaseload(workerId: "w1", teamId: "A", teamType: .cin, cases: 21),
            WorkerCaseload(workerId: "w2", teamId: "A", teamType: .cin, cases: 20),
            WorkerCaseload(workerId: "w3", teamId: "B", teamType: .cin, cases: 5),
            WorkerCaseload(workerId: "w4", teamId: "B", teamType: .cin, cases: 30),
            WorkerCaseload(workerId: "w5", teamId: "C", teamType: .sat, cases: 99),
        ]
        let summaries = CaseloadAnalysis.compute(records: records)
        // Only team types with records are summarised, in table order: CIN then SAT.
        #expect(summaries.map(\.teamType) == [.cin, .sat])
        let cin = try #require(summaries.first)
        #expect(cin.workerCount == 4)
        #expect(cin.teamCount == 2)
        #expect(cin.totalCaseload == 76)  // 21 + 20 + 5 + 30
        #expect(cin.highestWorkerCaseload == 30)
        #expect(cin.lowestWorkerCaseload == 5)
        // Strictly over 20: 21 and 30 count, 20 does not.
        #expect(cin.workersOverThreshold == 2)
        #expect(cin.threshold == 20)
        // Team A = 21 + 20 = 41; team B = 5 + 30 = 35.
        #expect(cin.highestTeamCaseload == 41)
        #expect(cin.highestTeamId == "A")
    }

    @Test("a tie for the highest team goes to the first team id")
    func teamTie() throws {
        let records = [
            WorkerCaseload(workerId: "w1", teamId: "Z", teamType: .cla, cases: 10),
            WorkerCaseload(workerId: "w2", teamId: "M", teamType: .cla, cases: 10),
        ]
        let summary = try #require(CaseloadAnalysis.summary(for: CaseloadMeasure(.cla), records: records))
        #expect(summary.highestTeamCaseload == 10)
        #expect(summary.highestTeamId == "M")
    }

    @Test("a worker recorded with 0 cases makes the lowest 0")
    func zeroCaseload() throws {
        let records = [
            WorkerCaseload(workerId: "w1", teamId: "A", teamType: .kinship, cases: 0),
            WorkerCaseload(workerId: "w2", teamId: "A", teamType: .kinship, cases: 8),
        ]
        let summary = try #require(CaseloadAnalysis.summary(for: CaseloadMeasure(.kinship), records: records))
        #expect(summary.lowestWorkerCaseload == 0)
        #expect(summary.workerCount == 2)
    }

    @Test("Early Help clusters are summarised by cases (individuals) and by families, with their own thresholds")
    func earlyHelpBases() throws {
        let records = [
            WorkerCaseload(workerId: "e1", teamId: "N", teamType: .earlyHelpCluster, cases: 26, familyCount: 9),
            WorkerCaseload(workerId: "e2", teamId: "N", teamType: .earlyHelpCluster, cases: 25, familyCount: 8),
            WorkerCaseload(workerId: "e3", teamId: "S", teamType: .earlyHelpCluster, cases: 3, familyCount: 1),
        ]
        let summaries = CaseloadAnalysis.compute(records: records)
        #expect(
            summaries.map(\.measure) == [
                CaseloadMeasure(.earlyHelpCluster), CaseloadMeasure(.earlyHelpCluster, .families),
            ])
        let individuals = try #require(summaries.first)
        let families = try #require(summaries.last)
        // Individuals: threshold 25, only 26 is over; total 26 + 25 + 3 = 54.
        #expect(individuals.threshold == 25)
        #expect(individuals.workersOverThreshold == 1)
        #expect(individuals.totalCaseload == 54)
        // Families: threshold 8, only 9 is over; total 9 + 8 + 1 = 18; team N = 17.
        #expect(families.threshold == 8)
        #expect(families.workersOverThreshold == 1)
        #expect(families.totalCaseload == 18)
        #expect(families.highestTeamCaseload == 17)
        #expect(families.lowestWorkerCaseload == 1)
    }

    @Test("thresholds from settings replace the defaults for the measures named")
    func thresholdsFromSettings() throws {
        let thresholds = CaseloadThresholds.defaults.applying(settings: ["cin": 18, "early_help_cluster_families": 10])
        #expect(thresholds.threshold(for: CaseloadMeasure(.cin)) == 18)
        #expect(thresholds.threshold(for: CaseloadMeasure(.sat)) == 20)
        #expect(thresholds.threshold(for: CaseloadMeasure(.earlyHelpCluster)) == 25)
        #expect(thresholds.threshold(for: CaseloadMeasure(.earlyHelpCluster, .families)) == 10)
        let records = [
            WorkerCaseload(workerId: "w1", teamId: "A", teamType: .cin, cases: 19),
            WorkerCaseload(workerId: "w2", teamId: "A", teamType: .cin, cases: 18),
        ]
        let summary = try #require(
            CaseloadAnalysis.summary(for: CaseloadMeasure(.cin), records: records, thresholds: thresholds))
        // Over 18: 19 only.
        #expect(summary.workersOverThreshold == 1)
        #expect(summary.threshold == 18)
    }

    @Test("the default thresholds are 20, and 25 / 8 for Early Help clusters")
    func defaultThresholds() {
        for measure in CaseloadMeasure.all {
            let expected =
                switch (measure.teamType, measure.basis) {
                case (.earlyHelpCluster, .cases): 25
                case (.earlyHelpCluster, .families): 8
                default: 20
                }
            #expect(CaseloadThresholds.defaults.threshold(for: measure) == expected, "\(measure)")
        }
        #expect(CaseloadMeasure.all.map(\.settingsKey).contains("early_help_cluster_families"))
        #expect(CaseloadMeasure.all.count == TeamType.specified.count + 1)
    }

    @Test("no records: no summaries")
    func empty() {
        #expect(CaseloadAnalysis.compute(records: []).isEmpty)
    }
}
