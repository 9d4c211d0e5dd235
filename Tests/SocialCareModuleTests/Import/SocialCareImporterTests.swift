import CYPHubCore
import CYPHubTesting
import Testing

@testable import SocialCareModule

@Suite("Import")
struct SocialCareImporterTests {
    @Test("a good file is stored and reported")
    func goodFile() async throws {
        try await withSocialCare { client, _ in
            let result = try await client.importCSV(
                dataset: .demandSnapshot, fileName: "oct.csv",
                csv: demandHeader + "\nE06000016,2024-10-04,379780,88726,4405,415,602,2009,13,65,67,37\n"
            )
            #expect(result.rowsStored == 1)
            #expect(result.rowsReplaced == 0)
            #expect(result.snapshots == [SnapshotKey(authority: "E06000016", date: "2024-10-04")])
            #expect(result.dataset == .demandSnapshot)
            let snapshot = try await client.snapshot(authority: "E06000016", date: "2024-10-04")
            #expect(snapshot.demand == SeedTable.octoberDemand)
        }
    }

    @Test("quoted numbers with thousands separators and UK dates are accepted")
    func spreadsheetExport() async throws {
        try await withSocialCare { client, _ in
            let csv =
                demandHeader + "\nE06000016,04/10/2024,\"379,780\",\"88,726\",\"4,405\",415,602,\"2,009\",13,65,67,37\n"
            _ = try await client.importCSV(dataset: .demandSnapshot, fileName: "export.csv", csv: csv)
            let snapshot = try await client.snapshot(authority: "E06000016")
            #expect(snapshot.date == "2024-10-04")
            #expect(snapshot.demand?.population == 379_780)
        }
    }

    @Test("a bad value names file, line, column and reason, and nothing is stored")
    func badValue() async throws {
        try await withSocialCare { client, host in
            let csv = """
                \(demandHeader)
                E06000016,2024-07-05,373399,87835,4278,403,623,2146,32,86,64,36
                E06000016,2024-10-04,379780,88726,4405,lots,602,2009,13,65,67,37
                """
            let error = try await #require(throws: RPCError.self) {
                try await client.importCSV(dataset: .demandSnapshot, fileName: "bad.csv", csv: csv)
            }
            #expect(error.code == .invalidArgument)
            #expect(error.message.contains("bad.csv:3: column child_protection_plans: 'lots' is not a whole number"))
            #expect(error.metadata["cyphub-import-file"] == "bad.csv")
            #expect(error.metadata["cyphub-import-line"] == "3")
            #expect(error.metadata["cyphub-import-column"] == "child_protection_plans")
            // Line 2 was good, but the file is all or nothing.
            #expect(try await host.count("sc_demand_snapshots") == 0)
        }
    }

    @Test("thousands separators must separate groups of three: a bad grouping is refused and nothing is stored")
    func badGrouping() async throws {
        try await withSocialCare { client, host in
            // Every comma used to be deleted: the population `25,00,00` was stored as 250,000.
            let csv = """
                \(demandHeader)
                E06000016,2024-07-05,"373,399","87,835",4278,403,623,2146,32,86,64,36
                E06000016,2024-10-04,"25,00,00","88,726","4,405",415,602,"2,009",13,65,67,37
                E06000016,2024-11-04,"379,780","88,726","4,405",415,602,"2,009",13,65,67,"3,7"
                """
            let error = try await #require(throws: RPCError.self) {
                try await client.importCSV(dataset: .demandSnapshot, fileName: "groups.csv", csv: csv)
            }
            #expect(error.code == .invalidArgument)
            #expect(
                error.message.contains(
                    "groups.csv:3: column population: '25,00,00' is not a whole number: thousands separators must "
                        + "separate groups of three digits"))
            #expect(
                error.message.contains(
                    "groups.csv:4: column cass_care_leavers: '3,7' is not a whole number: thousands separators must "
                        + "separate groups of three digits"))
            #expect(error.metadata["cyphub-import-issues"] == "2")
            #expect(error.metadata["cyphub-import-column"] == "population")
            #expect(try await host.count("sc_demand_snapshots") == 0)

            let caseloads = """
                authority_code,snapshot_date,worker_id,team_id,team_type,cases,families
                E06000016,2024-10-04,W1,A,cin,"1,8",
                """
            let caseloadError = try await #require(throws: RPCError.self) {
                try await client.importCSV(dataset: .workerCaseloads, fileName: "w.csv", csv: caseloads)
            }
            #expect(caseloadError.message.contains("w.csv:2: column cases: '1,8' is not a whole number: thousands separators"))
            #expect(try await host.count("sc_worker_caseloads") == 0)
        }
    }

    @Test("every failing row is reported at once")
    func everyIssue() throws {
        let csv = """
            authority_code,snapshot_date,worker_id,team_id,team_type,cases,families
            E06000016,2024-10-04,W1,A,cin,21,
            X123,2024-10-04,W2,A,cin,5,
            E06000016,2024-13-01,W3,A,cin,5,
            E06000016,2024-10-04,W4,A,social_work,5,
            E06000016,2024-10-04,W5,A,cin,-1,
            E06000016,2024-10-04,W6,EH,early_help_cluster,20,
            E06000016,2024-10-04,W7,EH,early_help_cluster,3,4
            E06000016,2024-10-04,W8,A,cin,4,2
            E06000016,2024-10-04,W1,A,cin,6,
            """
        let error = try #require(throws: ImportError.self) {
            try SocialCareImporter.parse(dataset: .workerCaseloads, fileName: "w.csv", text: csv)
        }
        let found = error.issues.map { "\($0.line) \($0.column)" }
        #expect(
            found == [
                "3 authority_code", "4 snapshot_date", "5 team_type", "6 cases", "7 families", "8 families",
                "9 families",
                "10 worker_id",
            ])
        #expect(error.issues[0].reason.contains("'X123' is not a local authority code"))
        #expect(error.issues[3].reason == "-1 is outside 0...10000")
        #expect(error.issues[4].reason.contains("required for early_help_cluster"))
        #expect(error.issues[5].reason.contains("4 families is more than the 3 cases"))
        #expect(error.issues[6].reason.contains("must be empty"))
        #expect(error.issues[7].reason == "duplicate of line 2: one row per worker per authority and snapshot date")
        #expect(error.issues.allSatisfy { $0.file == "w.csv" })
    }

    @Test("cross-field checks: children within population, CP and CLA within CIN, in timescale within due")
    func crossField() throws {
        let demand = """
            \(demandHeader)
            E06000016,2024-10-04,1000,88726,4405,415,602,2009,13,65,67,37
            E06000016,2024-11-04,379780,88726,4405,2010,602,2009,13,65,67,37
            E06000016,2024-12-04,379780,88726,4405,415,2010,2009,13,65,67,37
            E06000016,2025-01-04,379780,0,4405,0,0,0,13,65,67,37
            """
        let error = try #require(throws: ImportError.self) {
            try SocialCareImporter.parse(dataset: .demandSnapshot, fileName: "d.csv", text: demand)
        }
        #expect(
            error.issues.map(\.column) == [
                "children_aged_0_to_17", "child_protection_plans", "children_looked_after", "children_aged_0_to_17",
            ])
        #expect(error.issues[0].reason == "88,726 children aged 0-17 is more than the population (1,000)")
        let supervision = """
            authority_code,snapshot_date,area,supervisions_due,supervisions_in_timescale
            E06000016,2024-10-04,csc,10,11
            E06000016,2024-10-04,adult_social_care,10,1
            E06000016,2024-10-04,early_help,10,1
            E06000016,2024-10-04,EARLY_HELP,10,1
            """
        let supervisionError = try #require(throws: ImportError.self) {
            try SocialCareImporter.parse(dataset: .supervision, fileName: "s.csv", text: supervision)
        }
        #expect(supervisionError.issues.map(\.line) == [2, 3, 5])
        #expect(supervisionError.issues[0].reason == "11 is more than the 10 supervisions due")
        #expect(supervisionError.issues[2].reason.hasPrefix("duplicate of line 4"))
    }

    @Test("header problems and empty files are refused")
    func headers() throws {
        let missing = try #require(throws: ImportError.self) {
            try SocialCareImporter.parse(
                dataset: .supervision, fileName: "s.csv",
                text: "authority_code,snapshot_date,area,supervisions_due\nE06000016,2024-10-04,csc,1\n"
            )
        }
        #expect(missing.issues.first?.column == "supervisions_in_timescale")
        #expect(missing.issues.first?.reason == "required column is missing")
        let headerOnly = try #require(throws: ImportError.self) {
            try SocialCareImporter.parse(
                dataset: .supervision, fileName: "s.csv", text: Dataset.supervision.templateHeader)
        }
        #expect(headerOnly.issues.first?.reason == "the file has no data rows: nothing to import")
        // A worker file without the optional families column is fine when it has no Early Help workers.
        let rows = try SocialCareImporter.parse(
            dataset: .workerCaseloads, fileName: "w.csv",
            text: "authority_code,snapshot_date,worker_id,team_id,team_type,cases\nE06000016,2024-10-04,W1,A,CIN,3\n"
        )
        #expect(rows.count == 1)
    }

    @Test("a bad file leaves earlier data intact")
    func allOrNothing() async throws {
        try await withSocialCare(demoData: true) { client, host in
            #expect(try await host.count("sc_worker_caseloads") == 262)
            // A re-import of October whose last row is bad: nothing of October may change.
            let csv = """
                authority_code,snapshot_date,worker_id,team_id,team_type,cases,families
                E06000016,2024-10-04,N1,A,cin,3,
                E06000016,2024-10-04,N2,A,cin,three,
                """
            await #expect(throws: RPCError.self) {
                try await client.importCSV(dataset: .workerCaseloads, fileName: "oct.csv", csv: csv)
            }
            #expect(try await host.count("sc_worker_caseloads") == 262)
            let caseloads = try await client.caseloads(authority: "E06000016", date: "2024-10-04")
            #expect(caseloads.summaries.first { $0.teamType == .cin }?.highestWorkerCaseload == 31)
        }
    }

    @Test("re-importing a snapshot replaces its rows as a whole, and no other snapshot's")
    func replace() async throws {
        try await withSocialCare(demoData: true) { client, host in
            let csv = """
                authority_code,snapshot_date,worker_id,team_id,team_type,cases,families
                E06000016,2024-10-04,N1,A,cin,3,
                E06000016,2024-10-04,N2,A,cin,22,
                """
            let result = try await client.importCSV(dataset: .workerCaseloads, fileName: "oct-v2.csv", csv: csv)
            #expect(result.rowsStored == 2)
            // October had 130 worker records; all are replaced, July's 132 are untouched.
            #expect(result.rowsReplaced == 130)
            #expect(try await host.count("sc_worker_caseloads") == 134)
            let october = try await client.caseloads(authority: "E06000016", date: "2024-10-04", includeWorkers: true)
            #expect(october.workers.map(\.workerId) == ["N1", "N2"])
            #expect(october.summaries.count == 1)
            let july = try await client.caseloads(authority: "E06000016", date: "2024-07-05")
            #expect(july.summaries.first { $0.teamType == .cin }?.highestTeamCaseload == 139)
            // The demand and supervision of October are other datasets: untouched.
            let snapshot = try await client.snapshot(authority: "E06000016", date: "2024-10-04")
            #expect(snapshot.demand?.population == 379_780)
            #expect(snapshot.supervision.count == 2)
        }
    }

    @Test("an import needs a dataset and a file name")
    func requestChecks() async throws {
        try await withSocialCare { client, _ in
            let noDataset = try await #require(throws: RPCError.self) {
                try await client.importCSV(dataset: .unspecified, fileName: "x.csv", csv: demandHeader)
            }
            #expect(noDataset.code == .invalidArgument)
            #expect(noDataset.message.hasPrefix("dataset: required"))
            let noName = try await #require(throws: RPCError.self) {
                try await client.importCSV(dataset: .demandSnapshot, fileName: " ", csv: demandHeader)
            }
            #expect(noName.message.hasPrefix("file_name: required"))
        }
    }
}
