import CYPHubCore
import CYPHubTesting
import SocialCareModule
import Testing

@testable import WorkforceModule

/// A one-team return for Leicester at `date`.
private func importReturn(_ client: WorkforceClient, date: String) async throws {
    let csv = """
        authority_code,as_at,team,employed_fte,employed_headcount,agency_fte,agency_headcount,vacancy_fte,leaver_fte,case_holder_fte,cases
        E06000016,\(date),CIN,40,42,10,10,8,7,44,792
        """
    _ = try await client.importFile(dataset: .staffReturn, fileName: "return-\(date).csv", csv: csv)
}

/// The summary's social care section, from a host with both modules and their demo data: seed 000, 4.1, with
/// its synthetic worker records and supervision counts, and the workforce demo files.
@Suite("Workforce summary: social care figures")
struct SocialCareWorkloadTests {
    @Test("A 30 September census uses the 5 July snapshot, the latest in the 91 days before it")
    func julySnapshot() async throws {
        try await withWorkforce(demoData: true, socialCare: true) { client in
            let summary = try await client.summary(authority: "E06000016", asAt: "2024-09-30")
            let socialCare = try #require(summary.socialCare)
            // 2024-09-30 minus 91 days is 2024-07-01; the snapshots are 2024-07-05 and 2024-10-04.
            #expect(socialCare.snapshotDate == "2024-07-05")
            let csc = try #require(socialCare.supervision.first { $0.area == .csc })
            // Seed 000: 79.7% in October with a change of 5.3 points, so 74.4% in July (148 / 199 = 74.37%).
            #expect(csc.supervisionsDue == 199 && csc.supervisionsInTimescale == 148)
            #expect(FigureFormat.percent(csc.percentCompliant) == "74.4%")
            let cin = try #require(socialCare.caseloads.first { $0.teamType == .cin && $0.basis == .cases })
            // Seed 000, October less the change: over 20 15 - 3 = 12; highest 31 - 3 = 28; lowest 5 - (-1) = 6.
            #expect(cin.threshold == 20)
            #expect(cin.workersOverThreshold == 12)
            #expect(cin.highestWorkerCaseload == 28)
            #expect(cin.lowestWorkerCaseload == 6)
        }
    }

    @Test("A census on the October snapshot date reports seed 000's October figures")
    func octoberSnapshot() async throws {
        try await withWorkforce(demoData: true, socialCare: true) { client in
            try await importReturn(client, date: "2024-10-04")
            let summary = try await client.summary(authority: "E06000016")
            #expect(summary.asAt == "2024-10-04")
            let socialCare = try #require(summary.socialCare)
            #expect(socialCare.snapshotDate == "2024-10-04")
            // Seed 000, 4.1: CSC supervision 79.7%, Early Help 84.1%.
            let csc = try #require(socialCare.supervision.first { $0.area == .csc })
            let earlyHelp = try #require(socialCare.supervision.first { $0.area == .earlyHelp })
            #expect(FigureFormat.percent(csc.percentCompliant) == "79.7%")
            #expect(FigureFormat.percent(earlyHelp.percentCompliant) == "84.1%")
            // Seed 000, 4.1: workers over 20 - CIN 15, SAT 6, CLA 10; CIN highest 31, lowest 5.
            func over(_ type: TeamType) -> Int? {
                socialCare.caseloads.first { $0.teamType == type && $0.basis == .cases }?.workersOverThreshold
            }
            #expect(over(.cin) == 15)
            #expect(over(.sat) == 6)
            #expect(over(.cla) == 10)
            let cin = try #require(socialCare.caseloads.first { $0.teamType == .cin })
            #expect(cin.highestWorkerCaseload == 31)
            #expect(cin.lowestWorkerCaseload == 5)
        }
    }

    @Test("No social care records in the 91 days before the census: no social care section")
    func outsideWindow() async throws {
        try await withWorkforce(demoData: true, socialCare: true) { client in
            // 2025-03-31 minus 91 days is 2024-12-30, after the last snapshot (2024-10-04).
            try await importReturn(client, date: "2025-03-31")
            let summary = try await client.summary(authority: "E06000016", asAt: "2025-03-31")
            #expect(summary.socialCare == nil)
            // 2024-06-30 is before the first snapshot.
            try await importReturn(client, date: "2024-06-30")
            #expect(try await client.summary(authority: "E06000016", asAt: "2024-06-30").socialCare == nil)
        }
    }

    @Test("Without the social care tables the summary still answers, without the section")
    func noSocialCareModule() async throws {
        try await withWorkforce(demoData: true) { client in
            let summary = try await client.summary(authority: "E06000016")
            #expect(summary.socialCare == nil)
            #expect(summary.total?.agencyFte == 23)
        }
    }

    @Test("Social care's caseloadThresholds setting reaches the workforce summary")
    func thresholdSetting() async throws {
        try await withWorkforce(
            demoData: true, socialCare: true, socialCareSettings: ["caseloadThresholds": .object(["cin": .number(25)])]
        ) { client in
            try await importReturn(client, date: "2024-10-04")
            let socialCare = try #require(try await client.summary(authority: "E06000016").socialCare)
            let cin = try #require(socialCare.caseloads.first { $0.teamType == .cin })
            // October CIN caseloads (synthetic records): only the 31 is over 25.
            #expect(cin.threshold == 25)
            #expect(cin.workersOverThreshold == 1)
            // Other team types keep social care's default of 20.
            #expect(socialCare.caseloads.first { $0.teamType == .sat }?.threshold == 20)
        }
    }

    @Test("An unknown threshold key stops start-up, naming the key in social care's section")
    func badThresholdSetting() async throws {
        let error = try await #require(throws: ConfigError.self) {
            try await withWorkforce(socialCare: true, socialCareSettings: ["caseloadThresholds": .object(["cim": .number(25)])]) {
                _ in
            }
        }
        #expect(error.key == "modules.settings.social-care.caseloadThresholds.cim")
    }

    @Test("The former workforce caseloadThresholds stops start-up, saying where the setting now lives")
    func movedThresholdSetting() async throws {
        let error = try await #require(throws: ConfigError.self) {
            try await withWorkforce(settings: ["caseloadThresholds": .object(["cin": .number(25)])]) { _ in }
        }
        #expect(error.key == "modules.settings.workforce.caseloadThresholds")
        #expect(error.reason.contains("modules.settings.social-care.caseloadThresholds"))
    }
}
