import CYPHubCore
import Testing

@testable import SocialCareModule

@Suite("Handlers")
struct SocialCareModuleTests {
    @Test("GetSnapshot reproduces every row of seed 000's table from stored data", arguments: SeedTable.rows)
    func seedRow(expected: SeedTable.Row) async throws {
        let host = try await TestHost.withDemoData()
        let snapshot = try await host.client.snapshot(authority: "E06000016", date: "2024-10-04")
        let row = try #require(snapshot.row(expected.key))
        #expect(row.valueDisplay == expected.value)
        #expect(row.changeDisplay == expected.change)
        #expect(row.percentChangeDisplay == expected.percentChange)
    }

    @Test("GetSnapshot: rates, comparison basis and derived figures")
    func snapshot() async throws {
        let host = try await TestHost.withDemoData()
        let snapshot = try await host.client.snapshot(authority: "e06000016", date: "2024-10-04")
        #expect(snapshot.authority == "E06000016")
        #expect(snapshot.rows.map(\.key) == SeedTable.rows.map(\.key))
        // CP 415 / 88,726 × 1e4 = 46.77 → 47; CLA 602 / 88,726 × 1e4 = 67.85 → 68;
        // CIN 2,009 / 88,726 × 1e4 = 226.43 → 226.
        #expect(snapshot.row("child_protection_rate")?.publishedValue == 47)
        #expect(snapshot.row("children_looked_after_rate")?.publishedValue == 68)
        #expect(snapshot.row("children_in_need_rate")?.publishedValue == 226)
        #expect(abs(snapshot.derived.childProtectionRate - 46.7732) < 0.0001)
        #expect(snapshot.derived.hasRates)
        // 2024-10-04 − 91 days = 2024-07-05, which is held.
        #expect(snapshot.comparison.latestEligibleDate == "2024-07-05")
        #expect(snapshot.comparison.hasEarlierSnapshot)
        #expect(snapshot.comparison.earlierDate == "2024-07-05")
        #expect(snapshot.comparison.daysBetween == 91)
        #expect(snapshot.comparison.windowDays == 91)
        // EH cases open led by clusters = sums over cluster workers: 322 families, 1,167 individuals.
        #expect(snapshot.derived.earlyHelpCasesOpenFamilies == 322)
        #expect(snapshot.derived.earlyHelpCasesOpenIndividuals == 1_167)
        #expect(snapshot.derived.cassOpen == 104)
        // 79.7% and 84.1%, from 161/202 and 127/151.
        #expect(snapshot.supervision.map(\.area) == [.csc, .earlyHelp])
        #expect(snapshot.row("supervision_compliance.csc")?.publishedValue == 79.7)
        #expect(snapshot.caseloads.count == 12)
    }

    @Test("GetSnapshot without a date answers the latest snapshot")
    func latest() async throws {
        let host = try await TestHost.withDemoData()
        let snapshot = try await host.client.snapshot(authority: "E06000016")
        #expect(snapshot.date == "2024-10-04")
    }

    @Test("the earliest snapshot has no comparison, and says so on every row")
    func noComparison() async throws {
        let host = try await TestHost.withDemoData()
        let snapshot = try await host.client.snapshot(authority: "E06000016", date: "2024-07-05")
        #expect(!snapshot.comparison.hasEarlierSnapshot)
        #expect(snapshot.comparison.earlierDate == "")
        #expect(snapshot.comparison.latestEligibleDate == "2024-04-05")
        #expect(snapshot.rows.allSatisfy { $0.comparison == .noEarlierSnapshot && $0.changeDisplay == "n/a" })
        #expect(snapshot.row("population")?.valueDisplay == "373,399")
    }

    @Test("the earlier snapshot is the nearest on or before the date minus 91 days")
    func nearestOnOrBefore() async throws {
        let host = try TestHost()
        // 2024-10-04 − 91 = 2024-07-05. 2024-07-06 is too recent; 2024-06-28 is the nearest eligible.
        let rows = ["2024-06-21", "2024-06-28", "2024-07-06", "2024-10-04"].enumerated().map { index, date in
            "E06000016,\(date),379780,88726,4405,\(400 + index),602,2009,13,65,67,37"
        }
        _ = try await host.client.importCSV(
            dataset: .demandSnapshot, fileName: "d.csv", csv: ([demandHeader] + rows).joined(separator: "\n")
        )
        let snapshot = try await host.client.snapshot(authority: "E06000016", date: "2024-10-04")
        #expect(snapshot.comparison.earlierDate == "2024-06-28")
        #expect(snapshot.comparison.daysBetween == 98)
        // CP plans 403 against 401 (the 06-28 row): change 2.
        #expect(snapshot.row("child_protection_plans")?.changeDisplay == "2")
        // Rows from worker records have no data on either date: not available, not zero.
        #expect(snapshot.row("highest_caseload.cin")?.comparison == .notAvailable)
        #expect(snapshot.row("highest_caseload.cin")?.valueDisplay == "n/a")
        #expect(!snapshot.derived.hasEarlyHelpCasesOpen)
        // Exactly 91 days is eligible: 2024-07-06 compares with nothing earlier than 2024-04-06.
        let july = try await host.client.snapshot(authority: "E06000016", date: "2024-07-06")
        #expect(!july.comparison.hasEarlierSnapshot)
    }

    @Test("another authority's data is never mixed in")
    func authorities() async throws {
        let host = try await TestHost.withDemoData()
        let error = try await #require(throws: RPCError.self) {
            try await host.client.snapshot(authority: "E10000018")
        }
        #expect(error.code == .notFound)
        #expect(try await host.client.snapshots(authority: "E10000018").dates.isEmpty)
    }

    @Test("request errors name the field")
    func requestErrors() async throws {
        let host = try await TestHost.withDemoData()
        let badAuthority = try await #require(throws: RPCError.self) {
            try await host.client.snapshot(authority: "Leicester")
        }
        #expect(badAuthority.code == .invalidArgument)
        #expect(badAuthority.message.hasPrefix("authority:"))
        let badDate = try await #require(throws: RPCError.self) {
            try await host.client.snapshot(authority: "E06000016", date: "2024-02-30")
        }
        #expect(badDate.code == .invalidArgument)
        #expect(badDate.message.hasPrefix("date:"))
        let missing = try await #require(throws: RPCError.self) {
            try await host.client.snapshot(authority: "E06000016", date: "2024-10-05")
        }
        #expect(missing.code == .notFound)
        #expect(missing.message == "no demand snapshot for E06000016 on 2024-10-05; dates held: 2024-07-05, 2024-10-04")
    }

    @Test("GetCaseloads: summaries per team type, filter, and worker records on request")
    func caseloads() async throws {
        let host = try await TestHost.withDemoData()
        let all = try await host.client.caseloads(authority: "E06000016", date: "2024-10-04")
        #expect(all.workers.isEmpty)
        // 11 team types, Early Help clusters twice (individuals and families).
        #expect(all.summaries.count == 12)
        let cin = try #require(all.summaries.first)
        // Seed: highest team 133, highest 31, lowest 5, 15 over 20.
        #expect(cin.teamType == .cin)
        #expect(cin.highestTeamCaseload == 133)
        #expect(cin.highestWorkerCaseload == 31)
        #expect(cin.lowestWorkerCaseload == 5)
        #expect(cin.workersOverThreshold == 15)
        #expect(cin.threshold == 20)

        let earlyHelp = try await host.client.caseloads(
            authority: "E06000016", date: "2024-10-04", teamTypes: [.earlyHelpCluster], includeWorkers: true
        )
        #expect(earlyHelp.summaries.map(\.basis) == [.cases, .families])
        #expect(earlyHelp.workers.count == 44)
        #expect(earlyHelp.workers.allSatisfy { $0.teamType == .earlyHelpCluster && $0.families != nil })
        // 1,167 individuals and 322 families; 22 workers over 25, 10 over 8 families.
        #expect(earlyHelp.summaries.map(\.totalCaseload) == [1_167, 322])
        #expect(earlyHelp.summaries.map(\.workersOverThreshold) == [22, 10])
        #expect(earlyHelp.summaries.map(\.threshold) == [25, 8])

        let lado = try await host.client.caseloads(authority: "E06000016", teamTypes: [.lado], includeWorkers: true)
        #expect(lado.date == "2024-10-04")
        #expect(lado.workers.map(\.cases) == [31, 18])
        #expect(lado.workers.allSatisfy { $0.families == nil })

        let none = try await #require(throws: RPCError.self) {
            try await host.client.caseloads(authority: "E06000016", date: "2024-08-01")
        }
        #expect(none.code == .notFound)
    }

    @Test("ListSnapshots lists every date and the datasets it has")
    func list() async throws {
        let host = try await TestHost.withDemoData()
        _ = try await host.client.importCSV(
            dataset: .supervision, fileName: "s.csv",
            csv: Dataset.supervision.templateHeader + "\nE06000016,2024-11-01,csc,10,9\n"
        )
        let list = try await host.client.snapshots(authority: "E06000016")
        #expect(
            list.dates == [
                SnapshotDate(date: "2024-07-05", hasDemand: true, workerCount: 132, supervisionAreas: 2),
                SnapshotDate(date: "2024-10-04", hasDemand: true, workerCount: 130, supervisionAreas: 2),
                SnapshotDate(date: "2024-11-01", hasDemand: false, workerCount: 0, supervisionAreas: 1),
            ])
    }

    @Test("thresholds come from the module's settings")
    func thresholdSettings() async throws {
        let host = try await TestHost.withDemoData(settings: [
            "caseloadThresholds": .object(["cin": .number(25), "early_help_cluster_families": .number(10)])
        ])
        let snapshot = try await host.client.snapshot(authority: "E06000016", date: "2024-10-04")
        let cin = try #require(snapshot.row("workers_over_threshold.cin"))
        #expect(cin.label == "Workers with caseload over 25 (CIN)")
        // October CIN caseloads over 25: only 31 → 1; July over 25: 26, 28 → 2. Change −1, −50.0%.
        #expect(cin.valueDisplay == "1")
        #expect(cin.changeDisplay == "-1")
        #expect(cin.percentChangeDisplay == "-50.0%")
        // Families over 10: October 14, 12, 11, 11 → 4; July 15, 13, 12, 12, 11, 11 → 6.
        let families = try #require(snapshot.row("workers_over_threshold.early_help_cluster.families"))
        #expect(families.label == "Workers with caseload EH over 10 (clusters) by Families")
        #expect(families.valueDisplay == "4")
        #expect(families.changeDisplay == "-2")
        // Others keep their defaults.
        #expect(snapshot.row("workers_over_threshold.sat")?.valueDisplay == "6")
    }

    @Test("a malformed threshold setting stops start-up, naming the key")
    func badSettings() throws {
        let unknown = try #require(throws: ConfigError.self) {
            try TestHost(settings: ["caseloadThresholds": .object(["social_workers": .number(20)])])
        }
        #expect(unknown.key == "modules.settings.social-care.caseloadThresholds.social_workers")
        let negative = try #require(throws: ConfigError.self) {
            try TestHost(settings: ["caseloadThresholds": .object(["cin": .number(-1)])])
        }
        #expect(negative.reason.contains("outside"))
    }

    @Test("the module describes itself and registers four methods")
    func descriptor() throws {
        let host = try TestHost()
        #expect(SocialCareModule().descriptor.id == "social-care")
        #expect(SocialCareModule().descriptor.protoPackage == "cyphub.socialcare.v1")
        #expect(host.caller.router.methods.count == 4)
        #expect(host.caller.router[SocialCareModule.importCSV.fullName] != nil)
        #expect(SocialCareModule.getSnapshot.fullName == "cyphub.socialcare.v1.SocialCare/GetSnapshot")
    }
}
