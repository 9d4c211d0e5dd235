import CYPHubCore
import Logging
import Synchronization
import Testing

@testable import CYPHubHost

/// Retention against Fetch calls in flight, on the service itself: a Fetch is held between its manifest and its
/// chunks (the writer does not return) while versions are published, so the test decides exactly when it streams.
@Suite struct SnapshotRetentionTests {
    static let name = SnapshotName(module: "test", authority: "E06000016", period: "2024-10-04", kind: .aggregate)

    /// One row whose value the test changes, so each publish after a change is a new version.
    final class ChangingSource: SnapshotSource {
        let value = Mutex<Int64>(0)

        func availableSnapshots(authority: String) async throws -> [SnapshotName] { [SnapshotRetentionTests.name] }

        func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent {
            SnapshotContent(columns: ["value"], rows: [SnapshotDataRow(key: "only", values: [.integer(value.withLock { $0 })])])
        }
    }

    static func service(retain: Int) throws -> (SnapshotService, ChangingSource) {
        let storage = try Storage.inMemory()
        try storage.migrate(namespace: "host", SnapshotStore.migrations + [ImportLog.migration])
        let source = ChangingSource()
        return (SnapshotService(storage: storage, sources: ["test": source], retainVersions: retain), source)
    }

    static func context(_ method: MethodDescriptor) -> CallContext {
        var logger = Logger(label: "cyphub.test")
        logger.logLevel = .critical
        return CallContext(method: method, logger: logger)
    }

    static func publish(_ service: SnapshotService, _ source: ChangingSource, value: Int64) async throws -> String {
        source.value.withLock { $0 = value }
        let response = try await service.publish(
            PublishSnapshotRequest(module: name.module, authority: name.authority, period: name.period, kind: "aggregate"),
            context: context(Snapshots.Method.Publish.descriptor))
        #expect(!response.alreadyPublished)
        return try #require(response.manifest?.version)
    }

    static func listed(_ service: SnapshotService) async throws -> [String] {
        try await service.list(ListManifestsRequest(module: "test"), principal: .anonymous).manifests.map(\.version)
    }

    static func fetch(_ version: String) -> FetchSnapshotRequest {
        FetchSnapshotRequest(module: name.module, authority: name.authority, period: name.period, kind: "aggregate", version: version)
    }

    /// Fetches `version`, collecting the chunk indexes.
    static func pull(_ service: SnapshotService, _ version: String) async throws -> [UInt32] {
        let chunks = Mutex<[UInt32]>([])
        let writer = ResponseWriter<FetchSnapshotResponse> { response in
            if let chunk = response.chunk { chunks.withLock { $0.append(chunk.index) } }
        }
        try await service.fetch(fetch(version), writer: writer, context: context(Snapshots.Method.Fetch.descriptor))
        return chunks.withLock { $0 }
    }

    @Test func aVersionBeingFetchedSurvivesAPublishThatWouldDeleteItAndGoesAtALaterOne() async throws {
        let (service, source) = try Self.service(retain: 1)
        let first = try await Self.publish(service, source, value: 1)

        // A Fetch of the first version, held once its manifest is written.
        let (started, startedContinuation) = AsyncStream<Void>.makeStream()
        let (release, releaseContinuation) = AsyncStream<Void>.makeStream()
        let chunks = Mutex<[UInt32]>([])
        let fetching = Task {
            try await service.fetch(
                Self.fetch(first),
                writer: ResponseWriter { response in
                    if let chunk = response.chunk {
                        chunks.withLock { $0.append(chunk.index) }
                    } else {
                        startedContinuation.yield()
                        for await _ in release { break }
                    }
                }, context: Self.context(Snapshots.Method.Fetch.descriptor))
        }
        for await _ in started { break }
        #expect(service.fetches.isStreaming(first))

        // Retaining one version, the second publish would delete the first: it is being fetched, so it stays.
        let second = try await Self.publish(service, source, value: 2)
        #expect(try await Self.listed(service) == [second, first])

        releaseContinuation.yield()
        try await fetching.value
        #expect(chunks.withLock { $0 } == [0])
        #expect(!service.fetches.isStreaming(first))

        // The next publish deletes both older versions, chunks and all.
        let third = try await Self.publish(service, source, value: 3)
        #expect(try await Self.listed(service) == [third])
        let chunkRows = try await service.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM snapshot_chunk")?.int("n") }
        #expect(chunkRows == 1)
        for gone in [first, second] {
            do {
                _ = try await Self.pull(service, gone)
                Issue.record("expected NOT_FOUND for \(gone)")
            } catch let error as RPCError {
                #expect(error.code == .notFound)
                #expect(error.message == "snapshot test/E06000016/2024-10-04/aggregate has no version \(gone)")
            }
        }
        #expect(try await Self.pull(service, third) == [0])
    }

    @Test func aFetchOfAVersionBeingDeletedIsNotFoundAndAStreamedVersionIsNotClaimed() {
        let fetches = SnapshotFetches()
        #expect(fetches.begin("a"))
        #expect(fetches.begin("a"))
        #expect(fetches.claim(["a", "b"]) == ["b"])
        #expect(!fetches.begin("b"))
        fetches.end("a")
        #expect(fetches.isStreaming("a"))
        fetches.end("a")
        #expect(!fetches.isStreaming("a"))
        fetches.deleted(["b"])
        #expect(fetches.begin("b"))
        #expect(fetches.claim(["a", "b"]) == ["a"])
    }
}
