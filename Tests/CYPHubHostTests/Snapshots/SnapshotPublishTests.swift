import CYPHubCore
import Crypto
import Logging
import Synchronization
import Testing

@testable import CYPHubHost

/// Publishing on the service itself, with sources that page, misorder and change: a publish reads rows a page at a
/// time in key order, refuses rows out of order naming them, and stores nothing when the data changes under it.
@Suite struct SnapshotPublishTests {
    static let name = SnapshotName(module: "test", authority: "E06000016", period: "2024-10-04", kind: .records)

    /// `count` rows keyed `r000001`…, served a page at a time; counts the pages asked for. `shift` is added to every
    /// value each time the rows are read afresh (0: the same data every time).
    final class PagedSource: SnapshotSource {
        let count: Int
        let shift: Int64
        let pages = Mutex(0)
        let reads = Mutex<Int64>(0)
        let keys: @Sendable (Int) -> String

        init(count: Int, shift: Int64 = 0, keys: @escaping @Sendable (Int) -> String = { "r" + String(1_000_000 + $0).dropFirst() }) {
            self.count = count
            self.shift = shift
            self.keys = keys
        }

        func availableSnapshots(authority: String) async throws -> [SnapshotName] { [SnapshotPublishTests.name] }
        func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent { SnapshotContent(columns: [], rows: []) }

        func snapshotRows(_ name: SnapshotName) async throws -> SnapshotRows {
            let read = reads.withLock { value in
                defer { value += 1 }
                return value
            }
            return SnapshotRows(columns: ["n"]) { [self] after, limit in
                pages.withLock { $0 += 1 }
                let start = after.map { key in (0..<count).first { keys($0) == key }.map { $0 + 1 } ?? count } ?? 0
                return (start..<min(count, start + limit)).map { index in
                    SnapshotDataRow(key: keys(index), values: [.integer(Int64(index) + shift * read)])
                }
            }
        }
    }

    static func service(_ source: some SnapshotSource) throws -> (SnapshotService, Storage) {
        let storage = try Storage.inMemory()
        try storage.migrate(namespace: "host", SnapshotStore.migrations + [ImportLog.migration])
        return (SnapshotService(storage: storage, sources: ["test": source]), storage)
    }

    static func publish(_ service: SnapshotService) async throws -> PublishSnapshotResponse {
        var logger = Logger(label: "cyphub.test")
        logger.logLevel = .critical
        return try await service.publish(
            PublishSnapshotRequest(module: name.module, authority: name.authority, period: name.period, kind: "records"),
            context: CallContext(method: Snapshots.Method.Publish.descriptor, logger: logger))
    }

    static func count(_ table: String, _ storage: Storage) async throws -> Int {
        try await storage.read { db in try db.row("SELECT COUNT(*) AS n FROM \(table)")?.int("n") ?? -1 }
    }

    @Test func aPublishReadsTheRowsAPageAtATimeTwiceAndItsVersionIsTheHashOfTheEncoding() async throws {
        let source = PagedSource(count: 12_345)
        let (service, storage) = try Self.service(source)
        let manifest = try #require(try await Self.publish(service).manifest)
        #expect(manifest.rowCount == 12_345)
        // Pages of 5,000: three with rows and one empty, per pass; two passes.
        #expect(source.pages.withLock { $0 } == 8)
        #expect(source.reads.withLock { $0 } == 2)
        var expected = SnapshotEncoding.headerLine(Self.name, columns: ["n"])
        for index in 0..<12_345 {
            expected += try SnapshotEncoding.rowLine(
                SnapshotDataRow(key: source.keys(index), values: [.integer(Int64(index))]), columns: ["n"])
        }
        #expect(manifest.version == SnapshotEncoding.hex(SHA256.hash(data: expected)))
        #expect(manifest.uncompressedBytes == expected.count)
        #expect(try await Self.count("snapshot_chunk", storage) == Int(manifest.chunkCount))
        #expect(try await Self.count("snapshot_chunk_staging", storage) == 0)

        // The same data again: one pass, nothing stored.
        let again = try await Self.publish(service)
        #expect(again.alreadyPublished)
        #expect(source.reads.withLock { $0 } == 3)
    }

    @Test func rowsOutOfKeyOrderOrWithOneKeyTwiceAreAFaultOfTheModuleNamingTheRows() async throws {
        let misordered = PagedSource(count: 3, keys: { ["b", "a", "c"][$0] })
        let (service, storage) = try Self.service(misordered)
        let message = await failure(.internalError) { _ = try await Self.publish(service) }
        #expect(
            message
                == "module 'test' gave snapshot test/E06000016/2024-10-04/records a row that cannot be published: the row 'a' came "
                + "after 'b' (rows must come in key order)")
        #expect(try await Self.count("snapshot_manifest", storage) == 0)

        let doubled = PagedSource(count: 3, keys: { ["a", "b", "b"][$0] })
        let (twice, _) = try Self.service(doubled)
        let duplicate = await failure(.internalError) { _ = try await Self.publish(twice) }
        #expect(duplicate?.hasSuffix("two rows have the key 'b'") == true)
    }

    @Test func dataThatChangesWhileItIsPublishedIsAbortedAndLeavesNothingStored() async throws {
        let source = PagedSource(count: 7_000, shift: 1)
        let (service, storage) = try Self.service(source)
        let message = await failure(.aborted) { _ = try await Self.publish(service) }
        #expect(
            message
                == "the data of test/E06000016/2024-10-04/records changed while it was being published (an import stored since it "
                + "began); nothing was stored: publish again")
        #expect(try await Self.count("snapshot_manifest", storage) == 0)
        #expect(try await Self.count("snapshot_chunk", storage) == 0)
        #expect(try await Self.count("snapshot_chunk_staging", storage) == 0)
    }
}
