import CYPHubCore
import CYPHubTesting
import Testing

@testable import SENDModule

/// The module's snapshots over its demo data: calendar years (caseload, new plans, timeliness; plan-level records)
/// and High Needs plans (the forecast), small numbers withheld in the aggregate.
@Suite struct SENDSnapshotsTests {
    static let leicester = "E06000016"
    static let leicestershire = "E10000018"

    func source(_ host: SENDTestHost) -> SENDSnapshots { SENDSnapshots(handlers: SENDHandlers(storage: host.storage)) }

    func name(_ authority: String, _ period: String, _ kind: SnapshotKind = .aggregate) -> SnapshotName {
        SnapshotName(module: "send", authority: authority, period: period, kind: kind)
    }

    /// The row keyed `key`, its values by column.
    func row(_ content: SnapshotContent, _ key: String) throws -> [String: SnapshotValue] {
        try #require(content.values(ofRow: key), "no row \(key)")
    }

    @Test func yearsAndPlansAreListedOldestFirstWithRecordsOnlyForYearsWithPlanLevelRecords() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            func names(_ authority: String) async throws -> [String] {
                try await source(host).availableSnapshots(authority: authority).map { "\($0.period)/\($0.kind.rawValue)" }
            }
            let leicester = try await names(Self.leicester)
            let leicestershire = try await names(Self.leicestershire)
            #expect(leicester == ["2022/aggregate", "2023/aggregate", "2024/aggregate"])
            #expect(
                leicestershire == [
                    "2016/aggregate", "2020/aggregate", "2022/aggregate", "2022/records", "2023/aggregate", "2023/records",
                    "2024/aggregate", "mtfs-2024-28/aggregate",
                ])
        }
    }

    @Test func aYearsAggregateHoldsItsCaseloadSnapshotsNewPlansAndChanges() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let content = try await source(host).snapshotContent(name(Self.leicester, "2024"))
            #expect(content.columns == ["measure", "as_at", "period_label", "group", "figure", "value", "source", "suppressed"])
            #expect(Set(content.rows.map(\.key)).count == content.rows.count)
            // 4,405 EHCPs at 4 October 2024, 127 more than the 4,278 of 5 July.
            #expect(try row(content, "ehcp/2024-10-04/total/count")["value"] == .integer(4405))
            #expect(try row(content, "ehcp/2024-10-04/total/since_previous.previous")["value"] == .integer(4278))
            #expect(try row(content, "ehcp/2024-10-04/total/since_previous.change")["value"] == .integer(127))
            #expect(try row(content, "ehcp/2024-07-05/total/count")["source"] == .text("derived"))
            #expect(!content.rows.contains { $0.key.hasPrefix("new_plans") || $0.key.hasPrefix("timeliness") })

            // 736 new plans in 2023, 107 more than 2022's 629.
            let plans = try await source(host).snapshotContent(name(Self.leicester, "2023"))
            #expect(plans.rows.map(\.key).filter { $0.hasPrefix("new_plans/") }.count == 4)
            #expect(try row(plans, "new_plans/total/count")["value"] == .integer(736))
            #expect(try row(plans, "new_plans/total/since_previous_year.previous")["value"] == .integer(629))
            #expect(try row(plans, "new_plans/total/since_previous_year.change")["value"] == .integer(107))
        }
    }

    @Test func aYearsTimelinessAndRecordsComeFromThePlanLevelRecordsOfThatYear() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            // 2022: 53 final plans issued, shown. 3 of them exceptions and 1 of the other 50 within 20 weeks (2.0%): small
            // counts, withheld, with the 50 (53 less 3) and the percentage they give away.
            let aggregate = try await source(host).snapshotContent(name(Self.leicestershire, "2022"))
            #expect(try row(aggregate, "timeliness/new_plans/plans_issued")["value"] == .integer(53))
            #expect(try row(aggregate, "timeliness/new_plans/plans_issued")["suppressed"] == .text(""))
            for figure in [
                "exception_plans", "plans_excluding_exceptions", "issued_within_20_weeks_excluding_exceptions",
                "percent_within_20_weeks_excluding_exceptions",
            ] {
                let withheld = try row(aggregate, "timeliness/new_plans/\(figure)")
                #expect(withheld["value"] == (figure.hasPrefix("percent") ? .decimal(0) : .integer(0)), "\(figure)")
                #expect(withheld["suppressed"] == .text("value"), "\(figure)")
            }
            #expect(try row(aggregate, "timeliness/new_plans/plans_issued")["period_label"] == .text("2022-01-01 to 2022-12-31"))
            #expect(try row(aggregate, "ehcp/2022-01-20/total/count")["value"] == .integer(5888))

            // One row per record falling in 2022: 53 assessments, 20 reviews, 13 amendments, 13 transfers.
            let records = try await source(host).snapshotContent(name(Self.leicestershire, "2022", .records))
            #expect(records.rows.count == 99)
            #expect(Set(records.rows.map(\.key)).count == 99)
            let types = Dictionary(grouping: records.rows, by: { $0.key.split(separator: "/")[0] }).mapValues(\.count)
            #expect(types == ["assessment": 53, "annual_review": 20, "amendment": 13, "phase_transfer": 13])
            // Requested 8 July 2021: due 140 days later, 25 November 2021; issued 11 January 2022, an exception.
            let late = try row(records, "assessment/SYN-0002")
            #expect(late["started"] == .text("2021-07-08"))
            #expect(late["due"] == .text("2021-11-25"))
            #expect(late["completed"] == .text("2022-01-11"))
            #expect(late["exception"] == .integer(1))
            #expect(late["exception_reason"] == .text("exceptional personal circumstances"))
            #expect(try row(records, "annual_review/SYN-R002/2022-01-31")["completed"] == .text("2022-03-05"))

            let none = await #expect(throws: RPCError.self) {
                _ = try await source(host).snapshotContent(name(Self.leicester, "2023", .records))
            }
            #expect(none?.code == .notFound)
            #expect(none?.message == "no plan-level SEN records fall in 2023 for E06000016")
        }
    }

    @Test func aSmallCountIsWithheldWithTheChangeItGivesAway() async throws {
        try await SENDTestHost.withRunning(demo: false) { host in
            _ = try await host.client.importCSV(
                dataset: "caseload", fileName: "small.csv",
                csv: """
                    authority_code,measure,as_at,period_label,age_band,setting_type,count,source,note
                    E06000017,ehcp,2024-01-18,Spring 2024,all,all,3,published,
                    E06000017,ehcp,2024-05-16,Summer 2024,all,all,10,published,

                    """)
            let content = try await source(host).snapshotContent(name("E06000017", "2024"))
            #expect(try row(content, "ehcp/2024-01-18/total/count")["value"] == .integer(0))
            #expect(try row(content, "ehcp/2024-01-18/total/count")["suppressed"] == .text("value"))
            #expect(try row(content, "ehcp/2024-05-16/total/count")["value"] == .integer(10))
            #expect(try row(content, "ehcp/2024-05-16/total/count")["suppressed"] == .text(""))
            for figure in ["previous", "change"] {
                let change = try row(content, "ehcp/2024-05-16/total/since_previous.\(figure)")
                #expect(change["value"] == .integer(0))
                #expect(change["suppressed"] == .text("value"))
            }
        }
    }

    @Test func aPlansAggregateIsItsForecastOneRowPerYearAndHasNoRecords() async throws {
        try await SENDTestHost.withRunning(demo: true) { host in
            let content = try await source(host).snapshotContent(name(Self.leicestershire, "mtfs-2024-28"))
            let forecast = try await host.client.getHighNeedsForecast(
                GetHighNeedsForecastRequest(authority: Self.leicestershire, planId: "mtfs-2024-28"))
            #expect(content.rows.map(\.key) == ["2024/25", "2025/26", "2026/27", "2027/28"])
            #expect(content.rows.map(\.key) == forecast.years.map(\.year))
            // Paragraph 96's grant income line, 2024/25: -109,176 (£000, income negative).
            #expect(try row(content, "2024/25")["grant_income"] == .decimal(-109_176))
            #expect(try row(content, "2027/28")["deficit_carried_forward"] == .decimal(forecast.years[3].deficitCarriedForward))
            let records = await #expect(throws: RPCError.self) {
                _ = try await source(host).snapshotContent(name(Self.leicestershire, "mtfs-2024-28", .records))
            }
            #expect(records?.code == .notFound)
            #expect(
                records?.message
                    == "a High Needs plan is money and has no records: snapshot send/E10000018/mtfs-2024-28/records does not exist "
                    + "(records are per calendar year)")
        }
    }
}
