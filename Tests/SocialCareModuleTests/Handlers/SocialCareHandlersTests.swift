import CYPHubCore
import CYPHubTesting
import Testing

@testable import SocialCareModule

/// The four methods, called through the real protobuf-c codec on an in-process host.
@Suite("Handlers")
struct SocialCareHandlersTests {
    @Test("GetSnapshot reproduces every row of seed 000's table from stored data", arguments: SeedTable.rows)
    func seedRow(expected: SeedTable.Row) async throws {
        try await withSocialCare(demoData: true) { client, _ in
            let snapshot = try await client.snapshot(authority: "E06000016", date: "2024-10-04")
            let row = try #require(snapshot.row(expected.key))
            #expect(row.valueDisplay == expected.value)
            #expect(row.changeDisplay == expected.change)
            #expect(row.percentChangeDisplay == expected.percentChange)
        }
    }

    @Test("GetSnapshot: rates, comparison basis and derived figures")
    func snapshot() async throws {
        try await withSocialCare(demoData: true) { client, _ in
            let snapshot = try await client.snapshot(authority: "e06000016", date: "2024-10-04")
            #expect(snapshot.authority == "E06000016")
            #expect(snapshot.rows.map(\.key) == SeedTable.rows.map(\.key))
            // CP 415 / 88,726 × 1e4 = 46.77 → 47; CLA 602 / 88,726 × 1e4 = 67.85 → 68;
            // CIN 2,009 / 88,726 × 1e4 = 226.43 → 226.
            #expect(snapshot.row("child_protection_rate")?.publishedValue == 47)
            #expect(snapshot.row("children_looked_after_rate")?.publishedValue == 68)
            #expect(snapshot.row("children_in_need_rate")?.publishedValue == 226)
            let derived = try #require(snapshot.derived)
            #expect(abs(derived.childProtectionRate - 46.7732) < 0.0001)
            #expect(derived.hasRates)
            // 2024-10-04 − 91 days = 2024-07-05, which is held.
            let comparison = try #require(snapshot.comparison)
            #expect(comparison.latestEligibleDate == "2024-07-05")
            #expect(comparison.hasEarlierSnapshot)
            #expect(comparison.earlierDate == "2024-07-05")
            #expect(comparison.daysBetween == 91)
            #expect(comparison.windowDays == 91)
            // EH cases open led by clusters = sums over cluster workers: 322 families, 1,167 individuals.
            #expect(derived.earlyHelpCasesOpenFamilies == 322)
            #expect(derived.earlyHelpCasesOpenIndividuals == 1_167)
            #expect(derived.cassOpen == 104)
            // 79.7% and 84.1%, from 161/202 and 127/151.
            #expect(snapshot.supervision.map(\.area) == [.csc, .earlyHelp])
            #expect(snapshot.row("supervision_compliance.csc")?.publishedValue == 79.7)
            #expect(snapshot.caseloads.count == 12)
            // The imported counts travel as they are.
            #expect(snapshot.demand == SeedTable.octoberDemand)
        }
    }

    @Test("GetSnapshot without a date answers the latest snapshot")
    func latest() async throws {
        try await withSocialCare(demoData: true) { client, _ in
            let snapshot = try await client.snapshot(authority: "E06000016")
            #expect(snapshot.date == "2024-10-04")
        }
    }

    @Test("the earliest snapshot has no comparison, and says so on every row")
    func noComparison() async throws {
        try await withSocialCare(demoData: true) { client, _ in
            let snapshot = try await client.snapshot(authority: "E06000016", date: "2024-07-05")
            let comparison = try #require(snapshot.comparison)
            #expect(!comparison.hasEarlierSnapshot)
            #expect(comparison.earlierDate == "")
            #expect(comparison.latestEligibleDate == "2024-04-05")
            #expect(snapshot.rows.allSatisfy { $0.comparison == .noEarlierSnapshot && $0.changeDisplay == "n/a" })
            #expect(snapshot.row("population")?.valueDisplay == "373,399")
        }
    }

    @Test("the earlier snapshot is the nearest on or before the date minus 91 days")
    func nearestOnOrBefore() async throws {
        try await withSocialCare { client, _ in
            // 2024-10-04 − 91 = 2024-07-05. 2024-07-06 is too recent; 2024-06-28 is the nearest eligible.
            let rows = ["2024-06-21", "2024-06-28", "2024-07-06", "2024-10-04"].enumerated().map { index, date in
                "E06000016,\(date),379780,88726,4405,\(400 + index),602,2009,13,65,67,37"
            }
            _ = try await client.importCSV(
                dataset: .demandSnapshot, fileName: "d.csv", csv: ([demandHeader] + rows).joined(separator: "\n")
            )
            let snapshot = try await client.snapshot(authority: "E06000016", date: "2024-10-04")
            #expect(snapshot.comparison?.earlierDate == "2024-06-28")
            #expect(snapshot.comparison?.daysBetween == 98)
            // CP plans 403 against 401 (the 06-28 row): change 2.
            #expect(snapshot.row("child_protection_plans")?.changeDisplay == "2")
            // Rows from worker records have no data on either date: not available, not zero.
            #expect(snapshot.row("highest_caseload.cin")?.comparison == .notAvailable)
            #expect(snapshot.row("highest_caseload.cin")?.valueDisplay == "n/a")
            #expect(snapshot.derived?.hasEarlyHelpCasesOpen == false)
            // No worker records or supervision counts: the repeated fields arrive empty.
            #expect(snapshot.caseloads.isEmpty)
            #expect(snapshot.supervision.isEmpty)
            // Exactly 91 days is eligible: 2024-07-06 compares with nothing earlier than 2024-04-06.
            let july = try await client.snapshot(authority: "E06000016", date: "2024-07-06")
            #expect(july.comparison?.hasEarlierSnapshot == false)
        }
    }

    @Test("another authority's data is never mixed in")
    func authorities() async throws {
        try await withSocialCare(demoData: true) { client, _ in
            let error = try await #require(throws: RPCError.self) {
                try await client.snapshot(authority: "E10000018")
            }
            #expect(error.code == .notFound)
            #expect(try await client.snapshots(authority: "E10000018").dates.isEmpty)
        }
    }

    @Test("request errors name the field")
    func requestErrors() async throws {
        try await withSocialCare(demoData: true) { client, _ in
            let badAuthority = try await #require(throws: RPCError.self) {
                try await client.snapshot(authority: "Leicester")
            }
            #expect(badAuthority.code == .invalidArgument)
            #expect(badAuthority.message.hasPrefix("authority:"))
            let badDate = try await #require(throws: RPCError.self) {
                try await client.snapshot(authority: "E06000016", date: "2024-02-30")
            }
            #expect(badDate.code == .invalidArgument)
            #expect(badDate.message.hasPrefix("date:"))
            let missing = try await #require(throws: RPCError.self) {
                try await client.snapshot(authority: "E06000016", date: "2024-10-05")
            }
            #expect(missing.code == .notFound)
            #expect(
                missing.message == "no demand snapshot for E06000016 on 2024-10-05; held: 2024-07-05, 2024-10-04")
        }
    }

    @Test("GetCaseloads: summaries per team type, filter, and worker records on request")
    func caseloads() async throws {
        try await withSocialCare(demoData: true) { client, _ in
            let all = try await client.caseloads(authority: "E06000016", date: "2024-10-04")
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

            let earlyHelp = try await client.caseloads(
                authority: "E06000016", date: "2024-10-04", teamTypes: [.earlyHelpCluster], includeWorkers: true
            )
            #expect(earlyHelp.summaries.map(\.basis) == [.cases, .families])
            #expect(earlyHelp.workers.count == 44)
            #expect(earlyHelp.workers.allSatisfy { $0.teamType == .earlyHelpCluster && $0.familyCount != nil })
            // 1,167 individuals and 322 families; 22 workers over 25, 10 over 8 families.
            #expect(earlyHelp.summaries.map(\.totalCaseload) == [1_167, 322])
            #expect(earlyHelp.summaries.map(\.workersOverThreshold) == [22, 10])
            #expect(earlyHelp.summaries.map(\.threshold) == [25, 8])

            let lado = try await client.caseloads(authority: "E06000016", teamTypes: [.lado], includeWorkers: true)
            #expect(lado.date == "2024-10-04")
            #expect(lado.workers.map(\.cases) == [31, 18])
            #expect(lado.workers.allSatisfy { $0.familyCount == nil })

            let none = try await #require(throws: RPCError.self) {
                try await client.caseloads(authority: "E06000016", date: "2024-08-01")
            }
            #expect(none.code == .notFound)
        }
    }

    @Test("GetCaseloads: a filter matching no records answers empty summaries and workers")
    func emptyRepeatedFields() async throws {
        try await withSocialCare { client, _ in
            _ = try await client.importCSV(
                dataset: .workerCaseloads, fileName: "w.csv",
                csv: "authority_code,snapshot_date,worker_id,team_id,team_type,cases\nE06000016,2024-10-04,W1,A,cin,3\n")
            // An empty team type list is all team types; a list naming only kinship matches no record.
            let all = try await client.caseloads(authority: "E06000016", teamTypes: [])
            #expect(all.summaries.map(\.teamType) == [.cin])
            let kinship = try await client.caseloads(authority: "E06000016", teamTypes: [.kinship], includeWorkers: true)
            #expect(kinship.date == "2024-10-04")
            #expect(kinship.summaries.isEmpty)
            #expect(kinship.workers.isEmpty)
        }
    }

    @Test("a worker's family count travels with a presence flag: 0 families is not no families")
    func familiesPresence() async throws {
        try await withSocialCare { client, _ in
            let csv = """
                authority_code,snapshot_date,worker_id,team_id,team_type,cases,families
                E06000016,2024-10-04,E1,N,early_help_cluster,3,0
                E06000016,2024-10-04,C1,A,cin,12,
                """
            _ = try await client.importCSV(dataset: .workerCaseloads, fileName: "w.csv", csv: csv)
            let caseloads = try await client.caseloads(authority: "E06000016", includeWorkers: true)
            // Table order: CIN before Early Help clusters.
            #expect(caseloads.workers.map(\.workerId) == ["C1", "E1"])
            #expect(caseloads.workers.map(\.familyCount) == [nil, 0])
            #expect(caseloads.workers.map(\.hasFamilies) == [false, true])
            // The families measure counts the worker holding 0 families.
            let families = try #require(caseloads.summaries.first { $0.basis == .families })
            #expect(families.workerCount == 1)
            #expect(families.totalCaseload == 0)
        }
    }

    @Test("ListSnapshots lists every date and the datasets it has")
    func list() async throws {
        try await withSocialCare(demoData: true) { client, _ in
            _ = try await client.importCSV(
                dataset: .supervision, fileName: "s.csv",
                csv: Dataset.supervision.templateHeader + "\nE06000016,2024-11-01,csc,10,9\n"
            )
            let list = try await client.snapshots(authority: "E06000016")
            #expect(
                list.dates == [
                    SnapshotDate(date: "2024-07-05", hasDemand: true, workerCount: 132, supervisionAreas: 2),
                    SnapshotDate(date: "2024-10-04", hasDemand: true, workerCount: 130, supervisionAreas: 2),
                    SnapshotDate(date: "2024-11-01", hasDemand: false, workerCount: 0, supervisionAreas: 1),
                ])
        }
    }

    @Test("thresholds come from the module's settings")
    func thresholdSettings() async throws {
        let settings: [String: SettingValue] = [
            "caseloadThresholds": .object(["cin": .number(25), "early_help_cluster_families": .number(10)])
        ]
        try await withSocialCare(demoData: true, settings: settings) { client, _ in
            let snapshot = try await client.snapshot(authority: "E06000016", date: "2024-10-04")
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
    }

    @Test("a malformed threshold setting stops start-up, naming the key")
    func badSettings() async throws {
        let unknown = try await #require(throws: ConfigError.self) {
            try await withSocialCare(settings: ["caseloadThresholds": .object(["social_workers": .number(20)])]) { _, _ in }
        }
        #expect(unknown.key == "modules.settings.social-care.caseloadThresholds.social_workers")
        let negative = try await #require(throws: ConfigError.self) {
            try await withSocialCare(settings: ["caseloadThresholds": .object(["cin": .number(-1)])]) { _, _ in }
        }
        #expect(negative.reason.contains("outside"))
    }

    @Test("the module describes itself and serves the five methods of its service, ImportStream client-streaming")
    func descriptor() async throws {
        #expect(SocialCareModule().descriptor.id == "social-care")
        #expect(SocialCareModule().descriptor.protoPackage == "cyphub.socialcare.v1")
        #expect(SocialCare.Method.GetSnapshot.descriptor.fullName == "cyphub.socialcare.v1.SocialCare/GetSnapshot")
        try await withSocialCare { client, _ in
            let listing = try await client.caller.unary(Modules.Method.List.self, request: ListModulesRequest())
            let module = try #require(listing.modules.first { $0.id == "social-care" })
            #expect(Set(module.methods.map(\.name)) == Set(SocialCare.methods.map(\.fullName)))
            #expect(module.methods.count == 5)
            let importStream = try #require(module.methods.first { $0.name == SocialCare.Method.ImportStream.descriptor.fullName })
            #expect(importStream.kind == "client_streaming")
            #expect(importStream.inputType == "cyphub.socialcare.v1.ImportChunk")
        }
    }
}
