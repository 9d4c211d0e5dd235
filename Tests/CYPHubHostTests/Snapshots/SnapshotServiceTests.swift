import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import Crypto
import Foundation
import CapitalModule
import SocialCareModule
import WorkforceModule
import Testing

/// The snapshots service over TCP with real tokens: publish (content-addressed, one version for the same data), list
/// and fetch as each role, resume, a damaged chunk, and the chunk index past the end. Social care with its demo data
/// (Leicester, E06000016) and, for snapshots of several chunks, 20,000 synthetic worker rows.
@Suite struct SnapshotServiceTests {
    static let leicester = "E06000016"
    static let leicestershire = "E10000018"

    /// 20,000 synthetic workers on 2024-10-04: a records snapshot of about 2.4 MB, so three chunks.
    static let manyWorkers: String = {
        var csv = "authority_code,snapshot_date,worker_id,team_id,team_type,cases,families\n"
        for index in 0..<20_000 {
            csv += "E06000016,2024-10-04,W\(100_000 + index),T\(index % 400),cin,\(index % 30),\n"
        }
        return csv
    }()

    /// The demo November snapshot with 3 LADO cases open (partners must see `c`).
    static let november = """
        authority_code,snapshot_date,population,children_aged_0_to_17,ehcps_aged_0_to_25,child_protection_plans,children_looked_after,children_in_need,early_help_assessments_opened_in_week,lado_cases_open,cass_in_care_s20,cass_care_leavers
        E06000016,2024-11-01,379780,88726,4405,415,602,2009,13,3,67,37

        """

    /// The November snapshot's LADO line as every principal pulls it: 3 withheld, and the change from 86 with it.
    static let ladoWithheld = [
        #"{"key":"lado_cases_open","values":{"label":"LADO cases open","unit":"count","has_value":1,"value":0.0,"#,
        #""published_value":0.0,"value_display":"c","comparison":"compared","earlier_value":86.0,"change":0.0,"#,
        #""published_change":0.0,"change_display":"c","has_percent_change":1,"percent_change":0.0,"#,
        #""published_percent_change":0.0,"percent_change_display":"c","note":"","#,
        #""suppressed":"value,published_value,value_display,change,published_change,change_display,percent_change,"#,
        #"published_percent_change,percent_change_display"}}"#,
    ].joined()

    struct Clients {
        let admin: CYPHubClient
        let etl: CYPHubClient
        let partner: CYPHubClient

        func close() async {
            await admin.close()
            await etl.close()
            await partner.close()
        }
    }

    /// Runs `body` against a host with social care's demo data, an admin, an internal service and a partner for
    /// Leicester.
    func withHost(_ body: (TestHost, Clients) async throws -> Void) async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()], demoData: true, authRequired: true) { host in
            let clients = Clients(
                admin: try await host.connect(token: try await host.issueToken(name: "ops", role: .admin, authorities: "all")),
                etl: try await host.connect(
                    token: try await host.issueToken(name: "leicester-etl", role: .internal, authorities: Self.leicester)),
                partner: try await host.connect(
                    token: try await host.issueToken(name: "leicester-partner", role: .partner, authorities: Self.leicester)))
            do {
                try await body(host, clients)
            } catch {
                await clients.close()
                throw error
            }
            await clients.close()
        }
    }

    static func publish(_ kind: String, _ period: String = "2024-10-04") -> PublishSnapshotRequest {
        PublishSnapshotRequest(module: "social-care", authority: leicester, period: period, kind: kind)
    }

    static func fetch(_ kind: String, _ period: String = "2024-10-04", version: String = "", from: UInt32 = 0) -> FetchSnapshotRequest {
        FetchSnapshotRequest(module: "social-care", authority: leicester, period: period, kind: kind, version: version, fromChunk: from)
    }

    /// Pulls every chunk; the bytes in order.
    static func pull(_ client: CYPHubClient, _ request: FetchSnapshotRequest) async throws -> (SnapshotManifest, [UInt8]) {
        let bytes = ByteCollector()
        let manifest = try await SnapshotsClient(caller: client).pullSnapshot(request) { chunk in bytes.append(chunk.bytes) }
        return (manifest, bytes.bytes)
    }

    static func chunkRows(_ host: TestHost) async throws -> Int {
        try await host.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM snapshot_chunk")?.int("n") ?? -1 }
    }

    @Test func publishingTheSameDataTwiceStoresOneVersionAndAChangedRowGivesANewOne() async throws {
        try await withHost { host, clients in
            let snapshots = SnapshotsClient(caller: clients.etl)
            let first = try await snapshots.publish(Self.publish("aggregate"))
            #expect(!first.alreadyPublished)
            let manifest = try #require(first.manifest)
            #expect(manifest.publishedBy == "leicester-etl")
            #expect(manifest.rowCount == 51)
            #expect(manifest.chunkCount == 1)
            #expect(manifest.version.count == 64)
            #expect(manifest.columns.first == "label")
            let chunksStored = try await Self.chunkRows(host)
            #expect(chunksStored == 1)

            let again = try await SnapshotsClient(caller: clients.admin).publish(Self.publish("aggregate"))
            #expect(again.alreadyPublished)
            #expect(again.manifest?.version == manifest.version)
            #expect(again.manifest?.publishedBy == "leicester-etl")
            #expect(try await Self.chunkRows(host) == chunksStored)
            #expect(try await snapshots.list(ListManifestsRequest(module: "social-care")).manifests.count == 1)

            // One changed figure (children looked after 602 → 603) on that date: a new version, and it is the latest.
            let changed = """
                authority_code,snapshot_date,population,children_aged_0_to_17,ehcps_aged_0_to_25,child_protection_plans,children_looked_after,children_in_need,early_help_assessments_opened_in_week,lado_cases_open,cass_in_care_s20,cass_care_leavers
                E06000016,2024-10-04,379780,88726,4405,415,603,2009,13,7,67,37

                """
            _ = try await SocialCareClient(caller: clients.etl).import(
                ImportRequest(dataset: .demandSnapshot, fileName: "oct.csv", csv: changed))
            let second = try await snapshots.publish(Self.publish("aggregate"))
            #expect(!second.alreadyPublished)
            #expect(second.manifest?.version != manifest.version)
            let listed = try await snapshots.list(ListManifestsRequest(module: "social-care", period: "2024-10-04"))
            #expect(listed.manifests.map(\.version) == [second.manifest?.version, manifest.version].compactMap { $0 })
            let (latest, _) = try await Self.pull(clients.etl, Self.fetch("aggregate"))
            #expect(latest.version == second.manifest?.version)
        }
    }

    /// The demo 2024-10-04 demand snapshot with `lookedAfter` children looked after.
    static func october(lookedAfter: Int) -> String {
        """
        authority_code,snapshot_date,population,children_aged_0_to_17,ehcps_aged_0_to_25,child_protection_plans,children_looked_after,children_in_need,early_help_assessments_opened_in_week,lado_cases_open,cass_in_care_s20,cass_care_leavers
        E06000016,2024-10-04,379780,88726,4405,415,\(lookedAfter),2009,13,7,67,37

        """
    }

    @Test func retentionKeepsTheNewestVersionsOfANameAndDeletesTheRest() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()], demoData: true, snapshotsRetainVersions: 2) { host in
            let client = try await host.connect()
            let snapshots = SnapshotsClient(caller: client)
            // The records snapshot of the same date is another name: retention leaves it alone.
            let records = try #require(try await snapshots.publish(Self.publish("records")).manifest)
            var versions: [String] = []
            for lookedAfter in 600..<604 {
                _ = try await SocialCareClient(caller: client).import(
                    ImportRequest(dataset: .demandSnapshot, fileName: "oct.csv", csv: Self.october(lookedAfter: lookedAfter)))
                let published = try await snapshots.publish(Self.publish("aggregate"))
                #expect(!published.alreadyPublished)
                versions.append(try #require(published.manifest?.version))
            }
            #expect(Set(versions).count == 4)
            let listed = try await snapshots.list(ListManifestsRequest(module: "social-care", kind: "aggregate"))
            #expect(listed.manifests.map(\.version) == [versions[3], versions[2]])
            #expect(try await Self.chunkRows(host) == 3)
            for gone in versions.prefix(2) {
                let missing = await failure(.notFound) { _ = try await Self.pull(client, Self.fetch("aggregate", version: gone)) }
                #expect(missing == "snapshot social-care/E06000016/2024-10-04/aggregate has no version \(gone)")
            }
            let (kept, _) = try await Self.pull(client, Self.fetch("aggregate", version: versions[2]))
            #expect(kept.version == versions[2])
            let (stillRecords, _) = try await Self.pull(client, Self.fetch("records"))
            #expect(stillRecords.version == records.version)
            await client.close()
        }
    }

    @Test func anEmbargoedVersionIsSeenByInternalAndAdminPrincipalsAndByPartnersAsIfItDidNotExist() async throws {
        try await withHost { _, clients in
            let internalSnapshots = SnapshotsClient(caller: clients.etl)
            let partnerSnapshots = SnapshotsClient(caller: clients.partner)
            let released = try #require(try await internalSnapshots.publish(Self.publish("aggregate")).manifest)
            #expect(released.publishAtUnixMs == 0)
            _ = try await SocialCareClient(caller: clients.etl).import(
                ImportRequest(dataset: .demandSnapshot, fileName: "oct.csv", csv: Self.october(lookedAfter: 610)))
            var request = Self.publish("aggregate")
            request.publishAt = "2999-01-01T00:00:00Z"
            let embargoed = try #require(try await internalSnapshots.publish(request).manifest)
            #expect(embargoed.publishAtUnixMs == 32_472_144_000_000)

            // Internal and admin: both versions, the embargoed one the latest.
            for client in [clients.etl, clients.admin] {
                let listed = try await SnapshotsClient(caller: client).list(ListManifestsRequest(module: "social-care"))
                #expect(listed.manifests.map(\.version) == [embargoed.version, released.version])
                let (latest, _) = try await Self.pull(client, Self.fetch("aggregate"))
                #expect(latest.version == embargoed.version)
                #expect(latest.publishAtUnixMs == 32_472_144_000_000)
            }
            // A partner: only the released one, as if the other had never been published.
            #expect(try await partnerSnapshots.list(ListManifestsRequest()).manifests.map(\.version) == [released.version])
            let (partnerLatest, _) = try await Self.pull(clients.partner, Self.fetch("aggregate"))
            #expect(partnerLatest.version == released.version)
            let hidden = await failure(.notFound) {
                _ = try await Self.pull(clients.partner, Self.fetch("aggregate", version: embargoed.version))
            }
            #expect(hidden == "snapshot social-care/E06000016/2024-10-04/aggregate has no version \(embargoed.version)")

            // Only embargoed versions of a name: a partner is told it has not been published.
            var july = Self.publish("aggregate", "2024-07-05")
            july.publishAt = "32472144000000"
            #expect(try await internalSnapshots.publish(july).manifest?.publishAtUnixMs == 32_472_144_000_000)
            let never = await failure(.notFound) { _ = try await Self.pull(clients.partner, Self.fetch("aggregate", "2024-07-05")) }
            #expect(never == "snapshot social-care/E06000016/2024-07-05/aggregate has not been published")

            // An embargo already past (unix milliseconds) is visible to partners at once; a malformed one is refused.
            _ = try await SocialCareClient(caller: clients.etl).import(
                ImportRequest(dataset: .demandSnapshot, fileName: "oct.csv", csv: Self.october(lookedAfter: 611)))
            request.publishAt = "1000"
            let past = try #require(try await internalSnapshots.publish(request).manifest)
            #expect(past.publishAtUnixMs == 1000)
            #expect(
                try await partnerSnapshots.list(ListManifestsRequest()).manifests.map(\.version) == [past.version, released.version])
            request.publishAt = "tomorrow"
            let bad = await failure(.invalidArgument) { _ = try await internalSnapshots.publish(request) }
            #expect(
                bad == "publish_at: 'tomorrow' is not an RFC 3339 time (e.g. 2024-11-07T09:30:00Z) or milliseconds since 1970")
        }
    }

    @Test func aPullVerifiesEveryChunkAndTheWholeAndResumesFromAChunkByteForByte() async throws {
        try await withHost { host, clients in
            _ = try await SocialCareClient(caller: clients.etl).import(
                ImportRequest(dataset: .workerCaseloads, fileName: "workers.csv", csv: Self.manyWorkers))
            let published = try #require(try await SnapshotsClient(caller: clients.etl).publish(Self.publish("records")).manifest)
            #expect(published.rowCount == 20_000)
            #expect(published.chunkCount == 3)
            #expect(published.compressedBytes < published.uncompressedBytes / 4)

            let (manifest, whole) = try await Self.pull(clients.etl, Self.fetch("records"))
            #expect(manifest.version == published.version)
            #expect(whole.count == manifest.uncompressedBytes)
            #expect(SnapshotEncoding.hex(SHA256.hash(data: whole)) == manifest.version)
            let lines = whole.split(separator: UInt8(ascii: "\n"))
            #expect(lines.count == 20_001)
            #expect(
                String(decoding: lines[0], as: UTF8.self)
                    == #"{"format":"cyphub-snapshot-1","module":"social-care","authority":"E06000016","period":"2024-10-04","kind":"records","columns":["worker_id","team_id","team_type","cases","has_families","families"]}"#
            )
            #expect(
                String(decoding: lines[1], as: UTF8.self)
                    == #"{"key":"W100000","values":{"worker_id":"W100000","team_id":"T0","team_type":"cin","cases":0,"has_families":0,"families":0}}"#
            )

            // A pull over a link cut after 60% of the compressed bytes (chunk 0 is about 43%), then resumed on a new
            // connection from the first chunk it does not hold, with the hash of what it holds: the same bytes.
            let proxy = try await CuttingProxy(toPort: host.port, cutAfter: manifest.compressedBytes * 6 / 10)
            let dropping = try await CYPHubClient.connect(
                to: proxy.address, token: try await host.issueToken(name: "dropper", role: .internal, authorities: "all"))
            let held = ByteCollector()
            let killed = await failure(.unavailable) {
                try await SnapshotsClient(caller: dropping).pullSnapshot(Self.fetch("records")) { chunk in held.append(chunk.bytes) }
            }
            await dropping.close()
            await proxy.close()
            #expect(killed != nil)
            #expect(held.count == 1)
            #expect(held.bytes == Array(whole.prefix(held.bytes.count)))
            var hash = SnapshotVersionHash()
            hash.update(held.bytes)
            let rest = ByteCollector()
            try await SnapshotsClient(caller: clients.etl).pullSnapshot(
                Self.fetch("records", version: manifest.version, from: UInt32(held.count)), resuming: hash
            ) { chunk in rest.append(chunk.bytes) }
            #expect(held.bytes + rest.bytes == whole)
        }
    }

    @Test func aDamagedStoredChunkAnswersDataLossAndIsNeverSent() async throws {
        try await withHost { host, clients in
            _ = try await SocialCareClient(caller: clients.etl).import(
                ImportRequest(dataset: .workerCaseloads, fileName: "workers.csv", csv: Self.manyWorkers))
            let manifest = try #require(try await SnapshotsClient(caller: clients.etl).publish(Self.publish("records")).manifest)
            // One byte of chunk 1 changed on disk.
            try await host.storage.write { db in
                guard case .blob(var data) = try #require(try db.row("SELECT data FROM snapshot_chunk WHERE chunk_index = 1"))["data"]
                else { throw RPCError(code: .internalError, message: "chunk 1 is not a blob") }
                data[100] ^= 0xFF
                try db.execute("UPDATE snapshot_chunk SET data = ? WHERE chunk_index = 1", [.blob(data)])
            }
            let received = ByteCollector()
            let message = await failure(.dataLoss) {
                try await SnapshotsClient(caller: clients.etl).pullSnapshot(Self.fetch("records")) { chunk in
                    received.append(chunk.bytes)
                }
            }
            #expect(
                message
                    == "chunk 1 of social-care/E06000016/2024-10-04/records version \(manifest.version) is damaged in storage "
                    + "(its stored SHA-256 no longer matches); it was not sent")
            // Chunk 0 arrived; chunk 1 did not.
            #expect(received.count == 1)
        }
    }

    @Test func aChunkPastTheEndIsOutOfRangeAndAnUnknownVersionNotFound() async throws {
        try await withHost { _, clients in
            let manifest = try #require(try await SnapshotsClient(caller: clients.etl).publish(Self.publish("aggregate")).manifest)
            let past = await failure(.outOfRange) {
                _ = try await Self.pull(clients.etl, Self.fetch("aggregate", from: 1))
            }
            #expect(
                past
                    == "from_chunk 1 is past the end: version \(manifest.version) of social-care/E06000016/2024-10-04/aggregate has 1 chunks (0-0)"
            )
            let unknown = String(repeating: "ab", count: 32)
            let missing = await failure(.notFound) { _ = try await Self.pull(clients.etl, Self.fetch("aggregate", version: unknown)) }
            #expect(missing == "snapshot social-care/E06000016/2024-10-04/aggregate has no version \(unknown)")
            let never = await failure(.notFound) { _ = try await Self.pull(clients.etl, Self.fetch("aggregate", "2024-07-05")) }
            #expect(never == "snapshot social-care/E06000016/2024-07-05/aggregate has not been published")
            let notHeld = await failure(.notFound) {
                _ = try await SnapshotsClient(caller: clients.etl).publish(Self.publish("aggregate", "2023-01-06"))
            }
            #expect(notHeld?.contains("2023-01-06") == true, "\(notHeld ?? "")")
        }
    }

    @Test func partnersSeeAndPullOnlyAggregateSnapshotsOfTheirAuthoritiesWithSmallNumbersWithheld() async throws {
        try await withHost { _, clients in
            _ = try await SocialCareClient(caller: clients.etl).import(
                ImportRequest(dataset: .demandSnapshot, fileName: "nov.csv", csv: Self.november))
            let internalSnapshots = SnapshotsClient(caller: clients.etl)
            let aggregate = try #require(try await internalSnapshots.publish(Self.publish("aggregate", "2024-11-01")).manifest)
            _ = try await internalSnapshots.publish(Self.publish("records", "2024-10-04"))
            let shire = """
                authority_code,snapshot_date,worker_id,team_id,team_type,cases,families
                E10000018,2024-10-04,L1,LA,cin,12,

                """
            _ = try await SocialCareClient(caller: clients.admin).import(
                ImportRequest(dataset: .workerCaseloads, fileName: "shire.csv", csv: shire))
            _ = try await SnapshotsClient(caller: clients.admin).publish(
                PublishSnapshotRequest(module: "social-care", authority: Self.leicestershire, period: "2024-10-04", kind: "records"))

            // Listing: the admin sees three, the internal service its authority's two, the partner the aggregate one.
            let all = try await SnapshotsClient(caller: clients.admin).list(ListManifestsRequest())
            #expect(all.manifests.count == 3)
            #expect(try await internalSnapshots.list(ListManifestsRequest()).manifests.count == 2)
            let partnerSnapshots = SnapshotsClient(caller: clients.partner)
            let seen = try await partnerSnapshots.list(ListManifestsRequest())
            #expect(seen.manifests.map(\.version) == [aggregate.version])

            // The partner pulls the aggregate: LADO cases open (3) withheld, as in GetSnapshot.
            let (_, bytes) = try await Self.pull(clients.partner, Self.fetch("aggregate", "2024-11-01"))
            let lado = try #require(
                String(decoding: bytes, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix(#"{"key":"lado_cases_open""#) })
            #expect(lado == Self.ladoWithheld, "\(lado)")

            // Records, another authority, publishing: refused.
            let records = await failure(.permissionDenied) { _ = try await Self.pull(clients.partner, Self.fetch("records")) }
            #expect(
                records
                    == "principal 'leicester-partner' may not fetch social-care/E06000016/2024-10-04/records: record snapshots are for "
                    + "internal and admin principals")
            let other = await failure(.permissionDenied) {
                _ = try await Self.pull(
                    clients.partner,
                    FetchSnapshotRequest(module: "social-care", authority: Self.leicestershire, period: "2024-10-04", kind: "aggregate"))
            }
            #expect(
                other
                    == "principal 'leicester-partner' may not call cyphub.snapshots.v1.Snapshots/Fetch for authority 'E10000018' (request field authority)"
            )
            let publish = await failure(.permissionDenied) { _ = try await partnerSnapshots.publish(Self.publish("aggregate")) }
            #expect(
                publish
                    == "principal 'leicester-partner' (role partner) may not call cyphub.snapshots.v1.Snapshots/Publish: it changes data")
            let internalOther = await failure(.permissionDenied) {
                _ = try await internalSnapshots.publish(
                    PublishSnapshotRequest(module: "social-care", authority: Self.leicestershire, period: "2024-10-04", kind: "aggregate"))
            }
            #expect(internalOther?.contains("for authority 'E10000018'") == true)
        }
    }

    @Test func theCapitalModulePublishesEachProgrammeVersionOneRowPerProject() async throws {
        try await TestHost.withRunning(modules: [CapitalModule()], demoData: true) { host in
            let client = try await host.connect()
            let programme = try await CapitalClient(caller: client).getProgramme(
                GetProgrammeRequest(authority: Self.leicestershire, version: "2024-01-23"))
            let published = try await SnapshotsClient(caller: client).publish(
                PublishSnapshotRequest(module: "capital", authority: Self.leicestershire, period: "2024-01-23", kind: "aggregate"))
            let manifest = try #require(published.manifest)
            #expect(manifest.rowCount == programme.projects.count)
            #expect(manifest.columns.contains("spend_\(try #require(programme.years.first))"))
            let (_, bytes) = try await Self.pull(
                client, FetchSnapshotRequest(module: "capital", authority: Self.leicestershire, period: "2024-01-23", kind: "aggregate"))
            let lines = bytes.split(separator: UInt8(ascii: "\n"))
            #expect(lines.count == programme.projects.count + 1)
            // In key order (the projects' ids as UTF-8 bytes), each row the project of its key.
            let keys = try lines.dropFirst().map { try SnapshotLineReader.row($0).key }
            #expect(keys == programme.projects.map(\.projectId).sorted { SnapshotKeyOrder.precedes($0, $1) })
            let first = try SnapshotLineReader.row(lines[1])
            #expect(first.key == "ACC")
            #expect(first.values.first == programme.projects.first { $0.projectId == "ACC" }?.name)
            let records = await failure(.notFound) {
                _ = try await SnapshotsClient(caller: client).publish(
                    PublishSnapshotRequest(module: "capital", authority: Self.leicestershire, period: "2024-01-23", kind: "records"))
            }
            #expect(
                records == "the capital module holds no record-level data: snapshot capital/E10000018/2024-01-23/records does not exist")
            await client.close()
        }
    }

    @Test func eachRoleIsToldWhatCanBePublishedAndWorkforcePublishesItsEstablishmentSuppressed() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule(), WorkforceModule()], demoData: true, authRequired: true) { host in
            let etl = try await host.connect(
                token: try await host.issueToken(name: "leicester-etl", role: .internal, authorities: Self.leicester))
            let partner = try await host.connect(
                token: try await host.issueToken(name: "leicester-partner", role: .partner, authorities: Self.leicester))
            func names(_ list: AvailableSnapshotList) -> [String] {
                list.snapshots.map { "\($0.module)/\($0.authority)/\($0.period)/\($0.kind)" }
            }
            let internalView = try await SnapshotsClient(caller: etl).available(AvailableSnapshotsRequest(authority: Self.leicester))
            #expect(
                names(internalView) == [
                    "social-care/E06000016/2024-07-05/aggregate", "social-care/E06000016/2024-07-05/records",
                    "social-care/E06000016/2024-10-04/aggregate", "social-care/E06000016/2024-10-04/records",
                    "workforce/E06000016/2024-10-29/aggregate",
                ])
            let partnerView = try await SnapshotsClient(caller: partner).available(AvailableSnapshotsRequest(authority: Self.leicester))
            #expect(
                names(partnerView) == [
                    "social-care/E06000016/2024-07-05/aggregate", "social-care/E06000016/2024-10-04/aggregate",
                    "workforce/E06000016/2024-10-29/aggregate",
                ])
            let other = await failure(.permissionDenied) {
                _ = try await SnapshotsClient(caller: partner).available(AvailableSnapshotsRequest(authority: Self.leicestershire))
            }
            #expect(
                other
                    == "principal 'leicester-partner' may not call cyphub.snapshots.v1.Snapshots/Available for authority 'E10000018' (request field authority)"
            )

            let name = FetchSnapshotRequest(module: "workforce", authority: Self.leicester, period: "2024-10-29", kind: "aggregate")
            let manifest = try #require(
                try await SnapshotsClient(caller: etl).publish(
                    PublishSnapshotRequest(module: name.module, authority: name.authority, period: name.period, kind: name.kind)
                ).manifest)
            #expect(manifest.columns == ["division", "service", "headcount", "has_fte", "fte", "suppressed"])
            let (_, bytes) = try await Self.pull(partner, name)
            let director = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first { $0.contains("Divisional Director") }
            #expect(
                director
                    == #"{"key":"Childrens Social Work & Early Help/Divisional Director","values":{"division":"Childrens Social Work & Early Help","service":"Divisional Director","headcount":0,"has_fte":0,"fte":0.0,"suppressed":"headcount,fte"}}"#
            )
            await etl.close()
            await partner.close()
        }
    }
}

/// Bytes handed over by a pull's chunks, one after another.
final class ByteCollector: @unchecked Sendable {
    // @unchecked: written by one pull's consumer, one chunk at a time, and read after the pull returns.
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    func append(_ chunk: [UInt8]) {
        bytes += chunk
        count += 1
    }
}
