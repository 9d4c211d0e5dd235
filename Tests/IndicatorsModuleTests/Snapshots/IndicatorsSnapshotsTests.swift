import CYPHubCore
import CYPHubTesting
import Testing

@testable import IndicatorsModule

/// The module's snapshots over the seed 002 demo: one aggregate per period Leicestershire has observations in, one
/// row per indicator, small numbers withheld as `Report` withholds them.
@Suite struct IndicatorsSnapshotsTests {
    static let leicestershire = "E10000018"

    func source(_ host: IndicatorsTestHost) throws -> IndicatorsSnapshots {
        IndicatorsSnapshots(
            handlers: IndicatorsHandlers(
                storage: host.storage,
                options: try IndicatorsSettings.engineOptions(
                    ModuleSettings(values: [:], file: "test", keyPrefix: "modules.settings.indicators"))))
    }

    func name(_ period: String, _ kind: SnapshotKind = .aggregate) -> SnapshotName {
        SnapshotName(module: "indicators", authority: Self.leicestershire, period: period, kind: kind)
    }

    /// The row keyed `key`, its values by column.
    func row(_ content: SnapshotContent, _ key: String) throws -> [String: SnapshotValue] {
        try #require(content.values(ofRow: key), "no row \(key)")
    }

    @Test func eachPeriodWithObservationsIsAnAggregateSnapshotOldestFirst() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let names = try await source(host).availableSnapshots(authority: Self.leicestershire)
            #expect(names.allSatisfy { $0.kind == .aggregate && $0.module == "indicators" })
            #expect(
                names.map(\.period) == [
                    "AY2021-22", "FY2022-23-Q4", "AY2022-23", "AY2023-24-AUT", "FY2023-24-Q3", "FY2023-24-Q4", "AY2023-24-SPR",
                ])
            #expect(try await source(host).availableSnapshots(authority: "E06000016").isEmpty)
        }
    }

    @Test func theQ4SnapshotIsTheReportOneRowPerIndicatorWithTheQ3SmallNumberWithheld() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let content = try await source(host).snapshotContent(name("FY2023-24-Q4"))
            let report = try await host.client.report(IndicatorReportRequest(authority: Self.leicestershire, period: "FY2023-24-Q4"))
            #expect(content.rows.map(\.key) == report.lines.map(\.indicatorId))
            #expect(Set(content.rows.map(\.key)).count == content.rows.count)
            #expect(content.rows.allSatisfy { $0.values.count == content.columns.count })

            // 291 of 333 reviews in timescale: 87.4%, up 4.8 points on Q3's 82.6%.
            let reviews = try row(content, "cp-reviews-in-timescale")
            #expect(reviews["period"] == .text("FY2023-24-Q4"))
            #expect(reviews["value"] == .decimal(87.4))
            #expect(reviews["value_display"] == .text("87.4%"))
            #expect(reviews["numerator"] == .decimal(291))
            #expect(reviews["denominator"] == .decimal(333))
            #expect(reviews["previous_value"] == .decimal(82.6))
            #expect(reviews["change"] == .decimal(4.8))
            #expect(reviews["trend"] == .text("increase"))
            #expect(reviews["suppressed"] == .text(""))

            // Annual indicators show their latest year on or before Q4 2023/24: 2022/23.
            let exclusions = try row(content, "permanent-exclusions")
            #expect(exclusions["period"] == .text("AY2022-23"))
            #expect(exclusions["value"] == .decimal(0.07))

            // CPPs lasting two years or more: Q3 was 5 children (1.1%), withheld, and the change with it.
            let longPlans = try row(content, "cpp-two-years-plus")
            #expect(longPlans["value"] == .decimal(2.3))
            #expect(longPlans["numerator"] == .decimal(10))
            #expect(longPlans["previous_value"] == .decimal(0))
            #expect(longPlans["previous_display"] == .text("c"))
            #expect(longPlans["has_change"] == .integer(0))
            #expect(longPlans["suppressed"] == .text("previous_value,previous_display,change,change_display,change_percent"))

            // At Q3 the value itself is the small number.
            let q3 = try row(try await source(host).snapshotContent(name("FY2023-24-Q3")), "cpp-two-years-plus")
            #expect(q3["value"] == .decimal(0))
            #expect(q3["value_display"] == .text("c"))
            #expect(q3["has_numerator"] == .integer(0))
            #expect(q3["suppressed"] == .text("value,value_display,numerator"))
        }
    }

    @Test func recordsAPeriodNotHeldAndALabelAreRefused() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let source = try source(host)
            let records = await IndicatorsTestHost.failure { _ = try await source.snapshotContent(name("FY2023-24-Q4", .records)) }
            #expect(records?.code == .notFound)
            #expect(
                records?.message
                    == "the indicators module holds no record-level data: snapshot indicators/E10000018/FY2023-24-Q4/records does not exist"
            )
            let notHeld = await IndicatorsTestHost.failure { _ = try await source.snapshotContent(name("FY2024-25-Q1")) }
            #expect(notHeld?.code == .notFound)
            #expect(notHeld?.message == "no indicator observations for E10000018 in FY2024-25-Q1")
            let label = await IndicatorsTestHost.failure { _ = try await source.snapshotContent(name("Q4 2023/24")) }
            #expect(label?.code == .invalidArgument)
            #expect(
                label?.message
                    == "period: 'Q4 2023/24' is not a period code (FY2023-24-Q4, AY2023-24-SPR, AY2022-23, 2024-03)")
        }
    }
}
