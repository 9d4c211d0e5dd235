import CYPHubCore
import Testing
@testable import SENDModule

/// Imports through the Import method: good files store every row, bad files store nothing and name
/// file, line, column and reason for every problem.
@Suite struct SENDImporterTests {
    func expectRefused(
        _ host: SENDTestHost, dataset: String, fileName: String, csv: String, issues expected: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        do {
            _ = try await host.client.importCSV(dataset: dataset, fileName: fileName, csv: csv)
            Issue.record("expected the import to be refused", sourceLocation: sourceLocation)
        } catch let error as RPCError {
            #expect(error.code == .invalidArgument, sourceLocation: sourceLocation)
            for text in expected {
                #expect(error.message.contains(text), "missing '\(text)' in: \(error.message)", sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func demoFilesStoreEveryRow() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            let stored = try await SENDDemoData.load(into: SENDImporter(storage: host.storage))
            #expect(stored[.highNeedsLines] == 33)
            #expect(stored[.highNeedsSavingsDetail] == 28)
            #expect(stored[.ehcpAssessments] == 126)
            #expect(try await host.count("send_hn_lines") == 33)
            #expect(try await host.count("send_assessments") == 126)
            #expect(try await host.count("send_caseload") == 33)
        }
    }

    @Test func aBadCaseloadFileStoresNothingAndNamesEveryProblem() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            let csv = """
                authority_code,measure,as_at,age_band,setting_type,count
                E10000018,ehcp,2024-01-18,all,all,100
                E10000018,ehcp,2024-01-18,5-10,all,abc
                E10000018,ehcp,2024-01-18,teens,all,5
                E10000018,ehcp,2024-01-18,all,all,7
                """
            await expectRefused(
                host, dataset: "caseload", fileName: "caseload.csv", csv: csv,
                issues: [
                    "caseload.csv:3: column count: 'abc' is not a whole number",
                    "caseload.csv:4: column age_band: 'teens' is not one of all, 0-4, 5-10",
                ])
            let storedAfterFirst = try await host.count("send_caseload")
            #expect(storedAfterFirst == 0)
            // With the row errors fixed, the duplicate of line 2 on line 5 is still refused.
            await expectRefused(
                host, dataset: "caseload", fileName: "caseload.csv",
                csv: """
                    authority_code,measure,as_at,age_band,setting_type,count
                    E10000018,ehcp,2024-01-18,all,all,100
                    E10000018,ehcp,2024-01-18,all,all,7
                    """,
                issues: [
                    "caseload.csv:3: column setting_type: ehcp at 2024-01-18 for age band all and setting all appears twice (first on line 2)"
                ])
            let storedAfterSecond = try await host.count("send_caseload")
            #expect(storedAfterSecond == 0)
        }
    }

    @Test func headerProblems() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            await expectRefused(
                host, dataset: "new_plans", fileName: "plans.csv", csv: "authority_code,year,cnt\nE06000016,2023,736\n",
                issues: [
                    "plans.csv:1: column cnt: unknown column", "plans.csv:1: column count: required column is missing",
                ])
            await expectRefused(
                host, dataset: "nonsense", fileName: "x.csv", csv: "a\n1\n", issues: ["dataset: 'nonsense' is not one of caseload"])
        }
    }

    @Test func assessmentChecks() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            await expectRefused(
                host, dataset: "ehcp_assessments", fileName: "a.csv",
                csv: """
                    authority_code,plan_id,request_received,final_plan_issued,exception,exception_reason
                    E10000018,P1,2023-03-01,2023-02-01,no,
                    E10000018,P2,2023-03-01,2023-06-01,no,school holiday
                    E10000018,P3,01/03/2023,,maybe,
                    E1000001,P4,2023-03-01,,no,
                    """,
                issues: [
                    "a.csv:2: column final_plan_issued: 2023-02-01 is before request_received 2023-03-01",
                    "a.csv:3: column exception_reason: a reason is given but exception is not yes",
                    "a.csv:4: column exception: 'maybe' is not yes/no",
                    "a.csv:5: column authority_code: 'E1000001' is not a local authority code",
                ])
            #expect(try await host.count("send_assessments") == 0)
            let result = try await host.client.importCSV(
                dataset: "ehcp_assessments", fileName: "a.csv",
                csv: """
                    authority_code,plan_id,request_received,final_plan_issued,exception,exception_reason,source
                    E10000018,P1,02/01/2023,22/05/2023,no,,synthetic
                    E10000018,P2,2023-01-02,2023-05-23,yes,missed appointment,synthetic
                    """)
            #expect(result.rowsStored == 2)
            #expect(result.dataset == "ehcp_assessments")
            let report = try await host.client.timeliness(authority: "E10000018", periodStart: "2023-05-01", periodEnd: "2023-05-31")
            let newPlans = try #require(report.newPlans)
            #expect(newPlans.issuedWithin20Weeks == 1)
            #expect(newPlans.exceptionPlans == 1)
            #expect(newPlans.percentWithin20WeeksExcludingExceptions == 100)
            #expect(newPlans.percentWithin20WeeksIncludingExceptions == 50)
        }
    }

    @Test func timelinessDatasetsUpsertByKey() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            let header = "authority_code,plan_id,review_due,review_completed\n"
            _ = try await host.client.importCSV(dataset: "annual_reviews", fileName: "r.csv", csv: header + "E10000018,P1,2023-02-01,\n")
            _ = try await host.client.importCSV(
                dataset: "annual_reviews", fileName: "r.csv", csv: header + "E10000018,P1,2023-02-01,2023-01-30\n")
            #expect(try await host.count("send_annual_reviews") == 1)
            let report = try await host.client.timeliness(authority: "E10000018", periodStart: "2023-01-01", periodEnd: "2023-12-31")
            let annualReviews = try #require(report.annualReviews)
            #expect(annualReviews.completedOnTime == 1)
            await expectRefused(
                host, dataset: "amendments", fileName: "m.csv",
                csv: """
                    authority_code,plan_id,amendment_started,amended_plan_issued
                    E10000018,P1,2023-03-01,2023-02-01
                    """, issues: ["m.csv:2: column amended_plan_issued: 2023-02-01 is before amendment_started 2023-03-01"])
            await expectRefused(
                host, dataset: "phase_transfers", fileName: "t.csv",
                csv: """
                    authority_code,plan_id,phase,transfer_deadline,amended_plan_issued
                    E10000018,P1,,2023-02-15,
                    """, issues: ["t.csv:2: column phase: a value is required"])
        }
    }
}
