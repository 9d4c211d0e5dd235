import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import IndicatorsModule
import SENDModule
import SufficiencyModule
import Testing

/// The indicators, SEND and sufficiency modules' snapshots through the host's service over TCP with real tokens:
/// what each role is told can be published, an aggregate published by the data team and pulled by a partner with its
/// small numbers withheld, and a records snapshot refused to the partner.
@Suite struct ModuleSnapshotsTests {
    static let leicestershire = "E10000018"

    @Test func indicatorsSENDAndSufficiencyPublishAggregatesPartnersPullWithSmallNumbersWithheld() async throws {
        try await TestHost.withRunning(
            modules: [IndicatorsModule(), SENDModule(), SufficiencyModule()], demoData: true, authRequired: true
        ) { host in
            let etl = try await host.connect(
                token: try await host.issueToken(name: "shire-etl", role: .internal, authorities: Self.leicestershire))
            let partner = try await host.connect(
                token: try await host.issueToken(name: "shire-partner", role: .partner, authorities: Self.leicestershire))
            let internalView = try await SnapshotsClient(caller: etl).available(
                AvailableSnapshotsRequest(authority: Self.leicestershire))
            let partnerView = try await SnapshotsClient(caller: partner).available(
                AvailableSnapshotsRequest(authority: Self.leicestershire))
            func names(_ list: AvailableSnapshotList, _ module: String) -> [String] {
                list.snapshots.filter { $0.module == module }.map { "\($0.period)/\($0.kind)" }
            }
            #expect(names(internalView, "indicators").last == "AY2023-24-SPR/aggregate")
            #expect(names(internalView, "send").contains("2023/records"))
            #expect(!names(partnerView, "send").contains("2023/records"))
            #expect(names(partnerView, "send").contains("mtfs-2024-28/aggregate"))
            #expect(names(partnerView, "sufficiency").last == "2023-24/aggregate")

            // Indicators at Q4 2023/24: Q3's 5 children on a plan two years or more is withheld.
            let q4 = FetchSnapshotRequest(module: "indicators", authority: Self.leicestershire, period: "FY2023-24-Q4", kind: "aggregate")
            let manifest = try #require(
                try await SnapshotsClient(caller: etl).publish(
                    PublishSnapshotRequest(module: q4.module, authority: q4.authority, period: q4.period, kind: q4.kind)
                ).manifest)
            #expect(manifest.columns.last == "suppressed")
            let (_, bytes) = try await SnapshotServiceTests.pull(partner, q4)
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
            #expect(lines.count == manifest.rowCount + 1)
            let longPlans = try SnapshotLineReader.row(try #require(lines.first { $0.hasPrefix(#"{"key":"cpp-two-years-plus""#) }).utf8)
            let values = Dictionary(uniqueKeysWithValues: zip(manifest.columns, longPlans.values))
            #expect(values["value"] == "2.3")
            #expect(values["previous_display"] == "c")
            #expect(values["suppressed"] == "previous_value,previous_display,change,change_display,change_percent")

            // SEND 2023 and sufficiency 2023/24 publish; the partner pulls the aggregate, not the records.
            for (module, period) in [("send", "2023"), ("sufficiency", "2023-24")] {
                let published = try await SnapshotsClient(caller: etl).publish(
                    PublishSnapshotRequest(module: module, authority: Self.leicestershire, period: period, kind: "aggregate"))
                let (pulled, _) = try await SnapshotServiceTests.pull(
                    partner, FetchSnapshotRequest(module: module, authority: Self.leicestershire, period: period, kind: "aggregate"))
                #expect(pulled.version == published.manifest?.version)
                #expect(pulled.rowCount > 0)
            }
            _ = try await SnapshotsClient(caller: etl).publish(
                PublishSnapshotRequest(module: "send", authority: Self.leicestershire, period: "2023", kind: "records"))
            let records = await failure(.permissionDenied) {
                _ = try await SnapshotServiceTests.pull(
                    partner, FetchSnapshotRequest(module: "send", authority: Self.leicestershire, period: "2023", kind: "records"))
            }
            #expect(
                records
                    == "principal 'shire-partner' may not fetch send/E10000018/2023/records: record snapshots are for "
                    + "internal and admin principals")
            await etl.close()
            await partner.close()
        }
    }
}
