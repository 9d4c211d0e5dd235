import CYPHubCore
import CYPHubTesting
import Foundation
import Testing

@testable import SocialCareModule

/// `ImportStream` in process (the real codec and dispatch table): the same rules and answer as `Import`, the file in
/// pieces that end anywhere.
@Suite("Streamed import")
struct SocialCareStreamedImportTests {
    static let demand = demandHeader + "\nE06000016,04/10/2024,\"379,780\",\"88,726\",\"4,405\",415,602,\"2,009\",13,65,67,37\n"

    static func pieces(_ text: String, size: Int, dataset: Dataset = .demandSnapshot, fileName: String = "oct.csv")
        -> AsyncStream<ImportChunk>
    {
        let bytes = Array(text.utf8)
        return AsyncStream { continuation in
            for (index, start) in stride(from: 0, to: bytes.count, by: size).enumerated() {
                continuation.yield(
                    ImportChunk(
                        dataset: index == 0 ? dataset : .unspecified, fileName: index == 0 ? fileName : "",
                        data: Array(bytes[start..<min(start + size, bytes.count)])))
            }
            continuation.finish()
        }
    }

    @Test("pieces of 1 to 17 bytes (inside quoted numbers, dates, line ends) store what Import stores, replacing a snapshot")
    func anySplit() async throws {
        try await withSocialCare(demoData: true) { client, host in
            let before = try await host.count("sc_demand_snapshots")
            for size in 1...17 {
                let result = try await client.importStream(Self.pieces(Self.demand, size: size))
                #expect(result.rowsStored == 1)
                #expect(result.rowsReplaced == 1)
                #expect(result.snapshots == [SnapshotKey(authority: "E06000016", date: "2024-10-04")])
                #expect(result.fileName == "oct.csv")
            }
            #expect(try await host.count("sc_demand_snapshots") == before)
            let snapshot = try await client.snapshot(authority: "E06000016", date: "2024-10-04")
            #expect(snapshot.demand == SeedTable.octoberDemand)
        }
    }

    @Test("the first piece must name the dataset and the file; a file with no data rows is refused")
    func firstPiece() async throws {
        try await withSocialCare { client, _ in
            let noDataset = await #expect(throws: RPCError.self) {
                try await client.importStream(Self.pieces(Self.demand, size: 64, dataset: .unspecified))
            }
            #expect(noDataset?.code == .invalidArgument)
            #expect(noDataset?.message.hasPrefix("dataset: required") == true)
            let noName = await #expect(throws: RPCError.self) {
                try await client.importStream(Self.pieces(Self.demand, size: 64, fileName: " "))
            }
            #expect(noName?.message == "file_name: required (it names the file in every issue reported)")
            let headerOnly = await #expect(throws: RPCError.self) {
                try await client.importStream(Self.pieces(demandHeader + "\n", size: 10))
            }
            #expect(headerOnly?.message.contains("oct.csv: the file has no data rows: nothing to import") == true)
        }
    }

    @Test("a row for an authority the caller does not hold is refused PERMISSION_DENIED, as in Import")
    func authorityGuard() async throws {
        try await withSocialCare { client, host in
            let other = Self.demand.replacingOccurrences(of: "E06000016", with: "E10000018")
            let refused = await #expect(throws: ImportError.self) {
                try await AuthorityGuard.$permitted.withValue(.only(["E06000016"])) {
                    try await SocialCareStreamedImport.run(
                        RequestStream(Self.messages(Self.pieces(other, size: 20))), storage: host.storage)
                }
            }
            let denied = refused?.rpcError
            #expect(denied?.code == .permissionDenied)
            #expect(denied?.message.contains("oct.csv:2: column authority_code: the caller may not import for authority E10000018") == true)
            let stored = try await host.count("sc_demand_snapshots", authority: "E10000018")
            #expect(stored == 0)
        }
    }

    /// The untyped messages a handler reads, from typed pieces.
    static func messages(_ pieces: AsyncStream<ImportChunk>) -> RequestMessages {
        let iterator = Iterator(pieces.makeAsyncIterator())
        return RequestMessages { await iterator.next() }
    }

    final class Iterator: @unchecked Sendable {
        // @unchecked: advanced by the one handler reading it.
        var base: AsyncStream<ImportChunk>.AsyncIterator
        init(_ base: AsyncStream<ImportChunk>.AsyncIterator) { self.base = base }
        func next() async -> (any ProtoMessage)? { await base.next() }
    }
}
