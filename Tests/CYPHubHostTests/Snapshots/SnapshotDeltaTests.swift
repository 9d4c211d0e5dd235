import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Crypto
import NIOCore
import SocialCareModule
import Synchronization
import Testing

/// Deltas and provenance over TCP with real tokens, on social care's demo data and 20,000 synthetic workers: a changed,
/// a removed and an added worker give a delta of exactly those rows, which applied to the old version gives the new
/// one byte for byte; a version not held gives the whole and says why; a version names the imports it was built from.
@Suite struct SnapshotDeltaTests {
    typealias Service = SnapshotServiceTests

    /// The 20,000 workers with W100005's cases 5 → 6, W100007 gone and W999999 added.
    static let changedWorkers: String = {
        var lines = Service.manyWorkers.split(separator: "\n").map(String.init)
        lines[6] = "E06000016,2024-10-04,W100005,T5,cin,6,"
        lines.remove(at: 8)
        lines.append("E06000016,2024-10-04,W999999,T1,cin,12,")
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The whole encoding of `request`'s version.
    static func whole(_ client: CYPHubClient, _ request: FetchSnapshotRequest) async throws -> [UInt8] {
        try await Service.pull(client, request).1
    }

    /// The raw responses of a fetch, each chunk inflated.
    static func fetchRaw(_ client: CYPHubClient, _ request: FetchSnapshotRequest) async throws -> (FetchSnapshotResponse, [[UInt8]]) {
        let responses = Mutex<[FetchSnapshotResponse]>([])
        try await SnapshotsClient(caller: client).fetch(request) { response in responses.withLock { $0.append(response) } }
        let all = responses.withLock { $0 }
        let first = try #require(all.first)
        let chunks = try all.dropFirst().map { response in
            let chunk = try #require(response.chunk)
            var inflated = ByteBuffer()
            try ZlibCodec().decompress(ByteBuffer(bytes: chunk.data), limit: 1 << 21, into: &inflated)
            return Array(inflated.readableBytesView)
        }
        return (first, chunks)
    }

    /// Reads row lines of `bytes` (an encoding, its first line skipped).
    final class RowLines: @unchecked Sendable {
        var lines: [[UInt8]]
        init(_ bytes: [UInt8]) {
            lines = bytes.split(separator: UInt8(ascii: "\n")).dropFirst().map { Array($0) + [UInt8(ascii: "\n")] }
        }
        func next() throws -> SnapshotRowLine? { lines.isEmpty ? nil : try SnapshotRowLine(lines.removeFirst()) }
    }

    @Test func aChangedRowGivesADeltaOfExactlyThatRowAndApplyingItGivesTheNewVersionByteForByte() async throws {
        try await Service().withHost { host, clients in
            let (socialCare, snapshots) = (SocialCareClient(caller: clients.etl), SnapshotsClient(caller: clients.etl))
            _ = try await socialCare.import(ImportRequest(dataset: .workerCaseloads, fileName: "workers.csv", csv: Service.manyWorkers))
            let first = try #require(try await snapshots.publish(Service.publish("records")).manifest)
            let old = try await Self.whole(clients.etl, Service.fetch("records", version: first.version))
            _ = try await socialCare.import(ImportRequest(dataset: .workerCaseloads, fileName: "workers2.csv", csv: Self.changedWorkers))
            let second = try #require(try await snapshots.publish(Service.publish("records")).manifest)
            #expect(second.version != first.version)
            #expect(second.rowCount == 20_000)
            let new = try await Self.whole(clients.etl, Service.fetch("records"))

            var request = Service.fetch("records")
            request.sinceVersion = first.version
            let (head, chunks) = try await Self.fetchRaw(clients.etl, request)
            let delta = try #require(head.delta)
            #expect(head.manifest?.version == second.version)
            #expect(delta.isDelta)
            #expect(delta.sinceVersion == first.version)
            #expect(delta.wholeReason == "")
            #expect((delta.added, delta.changed, delta.removed) == (1, 1, 1))
            #expect(delta.chunkCount == 1)
            #expect(chunks.count == 1)
            #expect(delta.sha256 == SnapshotEncoding.hex(SHA256.hash(data: chunks[0])))
            #expect(delta.uncompressedBytes == chunks[0].count)
            let columns = #"["worker_id","team_id","team_type","cases","has_families","families"]"#
            let header: String =
                #"{"format":"cyphub-snapshot-delta-1","module":"social-care","authority":"E06000016","period":"2024-10-04","#
                + #""kind":"records","from":"\#(first.version)","to":"\#(second.version)","columns":\#(columns)}"#
            let change: String =
                #"{"op":"change","key":"W100005","values":{"worker_id":"W100005","team_id":"T5","team_type":"cin","cases":6,"#
                + #""has_families":0,"families":0}}"#
            let add: String =
                #"{"op":"add","key":"W999999","values":{"worker_id":"W999999","team_id":"T1","team_type":"cin","cases":12,"#
                + #""has_families":0,"families":0}}"#
            let lines = String(decoding: chunks[0], as: UTF8.self).split(separator: "\n").map(String.init)
            #expect(lines == [header, change, #"{"op":"remove","key":"W100007"}"#, add])

            // The client applies it to the old rows: the new version's encoding, verified against its version.
            let base = RowLines(old)
            let built = Mutex<[UInt8]>([])
            let (manifest, told) = try await snapshots.pullSnapshot(request, base: base.next) { line in
                built.withLock { $0 += line }
            }
            #expect(manifest.version == second.version)
            #expect(told?.isDelta == true)
            #expect(built.withLock { $0 } == new)

            // A delta resumes from a chunk like a whole, and past its end is OUT_OF_RANGE.
            request.fromChunk = 1
            let past = await failure(.outOfRange) { _ = try await Self.fetchRaw(clients.etl, request) }
            #expect(
                past
                    == "from_chunk 1 is past the end: the delta from \(first.version) to \(second.version) of "
                    + "social-care/E06000016/2024-10-04/records has 1 chunks (0-0)")
            _ = host
        }
    }

    @Test func aDeltaFromAVersionNotHeldSendsTheWholeAndSaysWhy() async throws {
        try await Service().withHost { _, clients in
            let snapshots = SnapshotsClient(caller: clients.partner)
            let published = try #require(try await SnapshotsClient(caller: clients.etl).publish(Service.publish("aggregate")).manifest)
            var request = Service.fetch("aggregate")
            request.sinceVersion = String(repeating: "0", count: 64)
            let (head, chunks) = try await Self.fetchRaw(clients.partner, request)
            #expect(head.delta?.isDelta == false)
            #expect(
                head.delta?.wholeReason
                    == "version \(request.sinceVersion) of social-care/E06000016/2024-10-04/aggregate is not held (never published, "
                    + "or deleted by retention): the whole is sent")
            #expect(chunks.count == Int(published.chunkCount))
            #expect(SnapshotEncoding.hex(SHA256.hash(data: chunks.flatMap { $0 })) == published.version)

            // The client takes the whole as it comes, whatever its base.
            let built = Mutex<[UInt8]>([])
            let base = RowLines([])
            let (manifest, _) = try await snapshots.pullSnapshot(request, base: base.next) { line in built.withLock { $0 += line } }
            #expect(manifest.version == published.version)
            #expect(built.withLock { $0 } == chunks.flatMap { $0 })

            request.sinceVersion = "abc"
            let bad = await failure(.invalidArgument) { _ = try await Self.fetchRaw(clients.partner, request) }
            #expect(bad == "since_version: 'abc' is not a SHA-256 (64 hex digits)")
        }
    }

    @Test func aVersionNamesTheImportsItWasBuiltFromForItsAuthorityAndPeriod() async throws {
        try await Service().withHost { _, clients in
            let snapshots = SnapshotsClient(caller: clients.etl)
            // Demo data came from no import.
            let demo = try #require(try await snapshots.publish(Service.publish("records")).manifest)
            #expect(demo.provenance.isEmpty)

            _ = try await SocialCareClient(caller: clients.etl).import(
                ImportRequest(dataset: .workerCaseloads, fileName: "workers.csv", csv: Service.manyWorkers))
            let records = try #require(try await snapshots.publish(Service.publish("records")).manifest)
            #expect(records.provenance.count == 1)
            let source = try #require(records.provenance.first)
            #expect(source.dataset == "worker_caseloads")
            #expect(source.fileName == "workers.csv")
            #expect(source.fileSha256 == SnapshotEncoding.hex(SHA256.hash(data: Array(Service.manyWorkers.utf8))))
            #expect(source.rows == 20_000)
            #expect(source.importedBy == "leicester-etl")
            #expect(source.importedAtUnixMs > 0 && source.importedAtUnixMs <= records.publishedAtUnixMs)

            // Listed with it; and a snapshot of another date is not built from that file.
            let listed = try await snapshots.list(ListManifestsRequest(module: "social-care", kind: "records"))
            #expect(listed.manifests.first?.provenance == records.provenance)
            let july = try #require(try await snapshots.publish(Service.publish("aggregate", "2024-07-05")).manifest)
            #expect(july.provenance.isEmpty)
        }
    }
}
