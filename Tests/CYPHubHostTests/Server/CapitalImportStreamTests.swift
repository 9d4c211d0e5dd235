import CYPHubClient
import CYPHubCore
import CYPHubTesting
import CYPHubWire
import CapitalModule
import Foundation
import Synchronization
import Testing

/// Capital's `ImportStream` on a real host over TCP: a version's three files sent from disk one after another by the
/// real client, and a raw peer that cancels or breaks off halfway (nothing is stored until the last piece has come).
@Suite("Capital streamed import over TCP")
struct CapitalImportStreamTests {
    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    static let method = Capital.Method.ImportStream.descriptor.fullName

    static func versions(_ host: TestHost) async throws -> Int {
        try await host.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM cap_version")?.int("n") ?? -1 }
    }

    /// The seed version's pieces as a raw peer sends them: the projects file whole with the version's fields, then the
    /// spend file in two pieces and the funding file whole.
    static func seedPieces() -> [CapitalImportChunk] {
        let seed = CapitalDemoData.seed
        let first = CapitalImportChunk(
            authority: seed.authority, version: seed.version, label: seed.label, firstYear: seed.firstYear,
            lastYear: seed.lastYear, dataset: "projects", fileName: "p.csv", data: Array(seed.files[0].csv.utf8))
        let spend = Array(seed.files[1].csv.utf8)
        return [
            first,
            CapitalImportChunk(dataset: "spend", fileName: "s.csv", data: Array(spend[..<(spend.count / 2)])),
            CapitalImportChunk(data: Array(spend[(spend.count / 2)...])),
            CapitalImportChunk(dataset: "funding", fileName: "f.csv", data: Array(seed.files[2].csv.utf8)),
        ]
    }

    @Test("the client sends the files from disk in small pieces, one after another, with progress over all of them")
    func filesFromDisk() async throws {
        let seed = CapitalDemoData.seed
        let paths = try seed.files.map { try ClientStreamingTests.writeTemporary($0.csv) }
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        let total = seed.files.reduce(0) { $0 + $1.csv.utf8.count }
        try await TestHost.withRunning(modules: [CapitalModule()]) { host in
            let client = try await host.connect()
            let sent = Mutex<[Int]>([])
            let files = zip(seed.files, paths).map { file, path in
                (dataset: CapitalDataset(rawValue: file.dataset)!, path: path, fileName: file.fileName)
            }
            let result = try await CapitalClient(caller: client).importFiles(
                files, version: seed, pieceBytes: 500, progress: { bytes, _ in sent.withLock { $0.append(bytes) } })
            #expect(result.files.map(\.fileName) == seed.files.map(\.fileName))
            #expect(result.files.map(\.rows) == [12, 32, 20])
            let progress = sent.withLock { $0 }
            #expect(progress.count == seed.files.reduce(0) { $0 + ($1.csv.utf8.count + 499) / 500 })
            #expect(progress == progress.sorted())
            #expect(progress.first == 0)
            #expect(progress.last.map { $0 < total && $0 > total - 500 } == true)
            #expect(try await Self.versions(host) == 1)
            await client.close()
        }
    }

    @Test("CANCEL after the spend file's first piece stores nothing; the same pieces with END_STREAM store the version")
    func cancelThenComplete() async throws {
        try await TestHost.withRunning(modules: [CapitalModule()]) { host in
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            let pieces = Self.seedPieces()
            try await peer.send(
                raw.callStart(id: 1, method: Self.method) + raw.request(id: 1, method: Self.method, pieces[0])
                    + raw.request(id: 1, method: Self.method, pieces[1]))
            try await peer.send(raw.cancel(id: 1))
            #expect(try await peer.callEnd(1).code == Int(StatusCode.cancelled.rawValue))
            #expect(try await Self.versions(host) == 0)
            var frames = try raw.callStart(id: 3, method: Self.method)
            for piece in pieces { frames += try raw.request(id: 3, method: Self.method, piece) }
            try await peer.send(frames + raw.message(id: 3, [], flags: .endStream))
            #expect(try await peer.callEnd(3).code == 0)
            #expect(try await Self.versions(host) == 1)
        }
    }

    @Test("a client that disconnects before its last piece stores nothing; the host serves the next upload")
    func disconnectHalfway() async throws {
        try await TestHost.withRunning(modules: [CapitalModule()]) { host in
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            let pieces = Self.seedPieces()
            var frames = try raw.callStart(id: 1, method: Self.method)
            for piece in pieces { frames += try raw.request(id: 1, method: Self.method, piece) }
            try await peer.send(frames)
            try await peer.roundTrip()
            peer.connection.resetNow()
            let client = try await host.connect()
            let result = try await CapitalClient(caller: client).importStream(
                AsyncStream { continuation in
                    for piece in pieces { continuation.yield(piece) }
                    continuation.finish()
                })
            #expect(result.files.map(\.rows) == [12, 32, 20])
            #expect(try await Self.versions(host) == 1)
            await client.close()
        }
    }
}
