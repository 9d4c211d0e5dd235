import CYPHubClient
import CYPHubCore
import CYPHubTesting
import CYPHubWire
import Foundation
import NIOCore
import SocialCareModule
import Testing

/// Client-streaming calls on a real host over TCP: social care's `ImportStream`, fed by the real client from a file
/// larger than one message, and by a raw peer that breaks off.
@Suite("Client streaming")
struct ClientStreamingTests {
    static let importStream = SocialCare.Method.ImportStream.descriptor.fullName
    static let importUnary = SocialCare.Method.Import.descriptor.fullName

    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    /// `rows` worker rows for Leicester on `date`, after the header: every line the same width, `line` 2 onwards.
    static func workerFile(rows: Int, date: String = "2024-10-04", badLine: Int? = nil) -> String {
        var text = Dataset.workerCaseloads.templateHeader + "\n"
        text.reserveCapacity(rows * 48)
        for row in 0..<rows {
            let cases = row + 2 == badLine ? "many" : String(row % 30)
            text += "E06000016,\(date),W\(String(row + 1_000_000)),T\(row % 40),cin,\(cases),\n"
        }
        return text
    }

    static func writeTemporary(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-upload-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    static func workerRows(_ host: TestHost, date: String = "2024-10-04") async throws -> Int {
        try await host.storage.read { db in
            try db.row("SELECT COUNT(*) AS n FROM sc_worker_caseloads WHERE snapshot_date = ?", [.text(date)])?.int("n") ?? 0
        }
    }

    @Test("a file larger than one message (4 MiB) is streamed in pieces and every row is stored")
    func largeFile() async throws {
        let rows = 130_000
        let text = Self.workerFile(rows: rows)
        #expect(text.utf8.count > 4 << 20)
        let path = try Self.writeTemporary(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            let socialCare = SocialCareClient(caller: client, options: CallOptions(timeout: nil))
            let result = try await socialCare.importFile(path: path, dataset: .workerCaseloads, fileName: "workers.csv")
            #expect(result.rowsStored == rows)
            #expect(result.snapshots == [SnapshotKey(authority: "E06000016", date: "2024-10-04")])
            #expect(try await Self.workerRows(host) == rows)
            // The one-message import cannot take it.
            let refused = await #expect(throws: RPCError.self) {
                try await socialCare.importCSV(dataset: .workerCaseloads, fileName: "workers.csv", csv: text)
            }
            #expect(refused?.code == .resourceExhausted)
            await client.close()
        }
    }

    @Test("one bad row near the end of a large file stores nothing, and the error names file, line and column")
    func badRowNearEnd() async throws {
        let rows = 100_000
        let badLine = rows - 3
        let path = try Self.writeTemporary(Self.workerFile(rows: rows, badLine: badLine))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            let socialCare = SocialCareClient(caller: client, options: CallOptions(timeout: nil))
            let error = await #expect(throws: RPCError.self) {
                try await socialCare.importFile(path: path, dataset: .workerCaseloads, fileName: "workers.csv", pieceBytes: 256 << 10)
            }
            #expect(error?.code == .invalidArgument)
            #expect(error?.message.contains("workers.csv:\(badLine): column cases: 'many'") == true)
            #expect(error?.message.hasPrefix("import refused, nothing stored (1 issue):") == true)
            #expect(error?.metadata["cyphub-import-line"] == String(badLine))
            #expect(try await Self.workerRows(host) == 0)
            await client.close()
        }
    }

    @Test("issues over pieces: the first 20 shown with the total, duplicates named with the line they repeat")
    func manyIssues() async throws {
        var text = Self.workerFile(rows: 30)
        // Every row again: 30 duplicates, then a row with a bad cell.
        text += Self.workerFile(rows: 30).split(separator: "\n").dropFirst().joined(separator: "\n") + "\n"
        text += "E06000016,2024-10-04,W9,T1,cin,-1,\n"
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            // Pieces of 7 bytes split rows, fields and the header anywhere. Hundreds of messages in one call: the call
            // may take minutes while the whole suite shares this process's two threads, so its deadline is generous.
            let socialCare = SocialCareClient(caller: client, options: CallOptions(timeout: .seconds(600)))
            let pieces = Self.pieces(Array(text.utf8), size: 7).enumerated().map { index, bytes in
                ImportChunk(dataset: index == 0 ? .workerCaseloads : .unspecified, fileName: index == 0 ? "w.csv" : "", data: bytes)
            }
            let error = await #expect(throws: RPCError.self) { try await socialCare.importStream(Self.async(pieces)) }
            #expect(error?.code == .invalidArgument)
            #expect(error?.metadata["cyphub-import-issues"] == "31")
            #expect(error?.message.contains("w.csv:32: column worker_id: duplicate of line 2: one row per worker per authority") == true)
            #expect(error?.message.contains("… and 11 more") == true)
            #expect(try await Self.workerRows(host) == 0)
            await client.close()
        }
    }

    @Test("a client that disconnects halfway stores nothing; the host serves the next upload")
    func disconnectHalfway() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            let half = Array(Self.workerFile(rows: 2_000, date: "2024-07-05").utf8)
            try await peer.send(
                raw.callStart(id: 1, method: Self.importStream)
                    + raw.request(
                        id: 1, method: Self.importStream,
                        ImportChunk(dataset: .workerCaseloads, fileName: "w.csv", data: Array(half[..<(half.count / 2)]))))
            try await peer.roundTrip()
            peer.connection.resetNow()
            // A whole upload of another date on a new connection: stored, and the broken one left nothing.
            let client = try await host.connect()
            let result = try await SocialCareClient(caller: client).importStream(
                Self.async([ImportChunk(dataset: .workerCaseloads, fileName: "w.csv", data: Array(Self.workerFile(rows: 10).utf8))]))
            #expect(result.rowsStored == 10)
            #expect(try await Self.workerRows(host, date: "2024-07-05") == 0)
            #expect(try await Self.workerRows(host) == 10)
            await client.close()
        }
    }

    @Test("CANCEL mid-upload ends the call CANCELLED and stores nothing; END_STREAM then stores")
    func cancelThenComplete() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            let file = Array(Self.workerFile(rows: 100).utf8)
            let first = ImportChunk(dataset: .workerCaseloads, fileName: "w.csv", data: Array(file[..<1_000]))
            try await peer.send(raw.callStart(id: 1, method: Self.importStream) + raw.request(id: 1, method: Self.importStream, first))
            try await peer.send(raw.cancel(id: 1))
            #expect(try await peer.callEnd(1).code == Int(StatusCode.cancelled.rawValue))
            // The same upload, ended with END_STREAM (an empty MESSAGE with flag 0x02).
            try await peer.send(
                raw.callStart(id: 3, method: Self.importStream) + raw.request(id: 3, method: Self.importStream, first)
                    + raw.request(id: 3, method: Self.importStream, ImportChunk(data: Array(file[1_000...])))
                    + raw.message(id: 3, [], flags: .endStream))
            let result = try await peer.message(3, as: ImportResult.self, method: Self.importStream)
            #expect(result.rowsStored == 100)
            #expect(try await peer.callEnd(3).code == 0)
            #expect(try await Self.workerRows(host) == 100)
        }
    }

    @Test("END_STREAM breaks the rules: on a unary call, with a payload, or followed by a MESSAGE")
    func endStreamRules() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            try await peer.send(raw.callStart(id: 1, method: Self.importUnary) + raw.message(id: 1, [], flags: .endStream))
            let unary = try await peer.callEnd(1)
            #expect(unary.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(unary.message == "END_STREAM on a MESSAGE of a unary call (only client-streaming calls end their requests)")

            try await peer.send(raw.callStart(id: 3, method: Self.importStream) + raw.message(id: 3, [0x08, 0x02], flags: .endStream))
            let withPayload = try await peer.callEnd(3)
            #expect(withPayload.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(withPayload.message == "a MESSAGE with END_STREAM carries no message, but this one has 2 payload bytes")

            try await peer.send(raw.callStart(id: 5, method: Self.importStream) + raw.message(id: 5, [], flags: .endStream))
            let empty = try await peer.callEnd(5)
            #expect(empty.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(empty.message == "no ImportChunk was sent: the first names the dataset and the file")
            // The connection carries on.
            try await peer.roundTrip()
        }
    }

    static func pieces(_ bytes: [UInt8], size: Int) -> [[UInt8]] {
        stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
    }

    static func async<T: Sendable>(_ items: [T]) -> AsyncStream<T> {
        AsyncStream { continuation in
            for item in items { continuation.yield(item) }
            continuation.finish()
        }
    }
}
