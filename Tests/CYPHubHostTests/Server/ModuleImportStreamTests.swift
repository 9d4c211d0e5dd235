import CYPHubClient
import CYPHubCore
import CYPHubTesting
import CYPHubWire
import Foundation
import IndicatorsModule
import SENDModule
import SufficiencyModule
import Testing
import WorkforceModule

/// `ImportStream` of the modules beside social care (whose own are in ``ClientStreamingTests``) on a real host over
/// TCP: a file of many pieces sent by the real client from disk, a bad row near the end, and a raw peer that breaks off
/// or cancels halfway.
/// Serialized: each case moves megabytes through a host, and run side by side they would starve the suite's other
/// streaming tests of the machine's two cores.
@Suite("Module streamed imports", .serialized)
struct ModuleImportStreamTests {
    /// One module's streamed import, as these tests drive it.
    struct Upload: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var module: @Sendable () -> any DomainModule
        var method: String
        var dataset: String
        var table: String
        /// The table's column naming each row's authority.
        var authorityColumn = "authority"
        /// The column a bad row is reported against.
        var badColumn: String
        /// A file of `rows` rows for `authority` (a bad value on `badLine`).
        var file: @Sendable (_ rows: Int, _ authority: String, _ badLine: Int?) -> String
        /// One piece of the file as the module's message.
        var piece: @Sendable (_ bytes: [UInt8], _ first: Bool) -> any ProtoMessage
        /// Sends the file at a path through the module's client; returns the rows stored.
        var send: @Sendable (_ caller: any RPCCaller, _ path: String, _ pieceBytes: Int) async throws -> Int
        /// Rows whose file the biggest test sends, and its pieces' size.
        var largeRows: Int
        var largePieceBytes: Int
        /// Imports what the file refers to, for authorities E06000016 and E10000018.
        var prepare: @Sendable (_ caller: any RPCCaller) async throws -> Void = { _ in }
    }

    static let uploads: [Upload] = [
        Upload(
            testDescription: "SEND ehcp_assessments", module: { SENDModule() },
            method: SEND.Method.ImportStream.descriptor.fullName, dataset: "ehcp_assessments", table: "send_assessments",
            authorityColumn: "authority_code",
            badColumn: "request_received",
            file: { rows, authority, badLine in
                var text = SENDDataset.ehcpAssessments.templateHeader + "\n"
                for row in 0..<rows {
                    text += "\(authority),P\(1_000_000 + row),\(row + 2 == badLine ? "someday" : "2024-03-01"),2024-06-10,,,\n"
                }
                return text
            },
            piece: { bytes, first in
                SENDImportChunk(dataset: first ? "ehcp_assessments" : "", fileName: first ? "a.csv" : "", data: bytes)
            },
            send: { caller, path, pieceBytes in
                Int(
                    try await SENDClient(caller: caller, options: CallOptions(timeout: nil)).importFile(
                        path: path, dataset: "ehcp_assessments", fileName: "a.csv", pieceBytes: pieceBytes
                    ).rowsStored)
            },
            largeRows: 110_000, largePieceBytes: FilePieces.defaultPieceBytes),
        Upload(
            testDescription: "workforce staff_return", module: { WorkforceModule() },
            method: Workforce.Method.ImportStream.descriptor.fullName, dataset: "staff_return", table: "wf_staff_return",
            badColumn: "employed_fte",
            file: { rows, authority, badLine in
                var text = WorkforceDataset.staffReturn.templateHeader + "\n"
                for row in 0..<rows {
                    text += "\(authority),2024-09-30,Team \(row),\(row + 2 == badLine ? "lots" : "5"),5,1,1,0,0,4,60,\n"
                }
                return text
            },
            piece: { bytes, first in
                WorkforceImportChunk(dataset: first ? "staff_return" : "", fileName: first ? "a.csv" : "", data: bytes)
            },
            send: { caller, path, pieceBytes in
                Int(
                    try await WorkforceClient(caller: caller, options: CallOptions(timeout: nil)).importFile(
                        path: path, dataset: .staffReturn, fileName: "a.csv", pieceBytes: pieceBytes
                    ).rows)
            },
            largeRows: 12_000, largePieceBytes: 16 << 10),
        Upload(
            testDescription: "sufficiency housing", module: { SufficiencyModule() },
            method: Sufficiency.Method.ImportStream.descriptor.fullName, dataset: "housing", table: "suf_housing",
            badColumn: "dwellings",
            file: { rows, authority, badLine in
                var text = SufficiencyDataset.housing.templateHeader + "\n"
                for row in 0..<rows {
                    text += "\(authority),P1,2025/26,\(row + 2 == badLine ? "lots" : "12"),Site \(row)\n"
                }
                return text
            },
            piece: { bytes, first in
                SufficiencyImportChunk(dataset: first ? "housing" : "", fileName: first ? "a.csv" : "", data: bytes)
            },
            send: { caller, path, pieceBytes in
                Int(
                    try await SufficiencyClient(caller: caller, options: CallOptions(timeout: nil)).importFile(
                        path: path, dataset: .housing, fileName: "a.csv", pieceBytes: pieceBytes
                    ).rows)
            },
            largeRows: 20_000, largePieceBytes: 16 << 10,
            prepare: { caller in
                let areas = "authority_code,planning_area,name,phase\nE06000016,P1,One,primary\nE10000018,P1,One,primary\n"
                _ = try await SufficiencyClient(caller: caller).importFile(dataset: .planningAreas, fileName: "p.csv", csv: areas)
            }),
        // Held whole until the last piece, then imported by Import's code (its checks run across the file).
        Upload(
            testDescription: "indicators observations", module: { IndicatorsModule() },
            method: Indicators.Method.ImportStream.descriptor.fullName, dataset: "observations", table: "ind_observations",
            authorityColumn: "authority_code", badColumn: "value",
            file: { rows, authority, badLine in
                // 200 monthly indicators, a month each per 200 rows from January 2000.
                var text = "authority_code,indicator_id,period,value,numerator,denominator,source\n"
                for row in 0..<rows {
                    let month = row / 200
                    let period = "\(2000 + month / 12)-\(month % 12 < 9 ? "0" : "")\(month % 12 + 1)"
                    text += "\(authority),m\(row % 200),\(period),\(row + 2 == badLine ? "lots" : "12"),,,\n"
                }
                return text
            },
            piece: { bytes, first in
                IndicatorsImportChunk(dataset: first ? .observations : .unspecified, fileName: first ? "a.csv" : "", data: bytes)
            },
            send: { caller, path, pieceBytes in
                Int(
                    try await IndicatorsClient(caller: caller, options: CallOptions(timeout: nil)).importFile(
                        path: path, dataset: .observations, fileName: "a.csv", pieceBytes: pieceBytes
                    ).rowsStored)
            },
            largeRows: 20_000, largePieceBytes: 16 << 10,
            prepare: { caller in
                var definitions = "indicator_id,name,value_type,polarity,frequency,decimal_places\n"
                for id in 0..<200 { definitions += "m\(id),Monthly \(id),number,none,month,0\n" }
                _ = try await IndicatorsClient(caller: caller).importCSV(dataset: .definitions, fileName: "d.csv", csv: definitions)
            }),
    ]

    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    static func rows(_ host: TestHost, _ upload: Upload, authority: String = "E06000016") async throws -> Int {
        let sql = "SELECT COUNT(*) AS n FROM \(upload.table) WHERE \(upload.authorityColumn) = ?"
        return try await host.storage.read { db in try db.row(sql, [.text(authority)])?.int("n") ?? -1 }
    }

    @Test(
        "a file of many pieces (SEND's over the 4 MiB message limit) is streamed from disk and every row stored",
        arguments: uploads)
    func largeFile(_ upload: Upload) async throws {
        let text = upload.file(upload.largeRows, "E06000016", nil)
        #expect(text.utf8.count > upload.largePieceBytes * 4)
        if upload.largePieceBytes == FilePieces.defaultPieceBytes { #expect(text.utf8.count > 4 << 20) }
        let path = try ClientStreamingTests.writeTemporary(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await TestHost.withRunning(modules: [upload.module()]) { host in
            let client = try await host.connect()
            try await upload.prepare(client)
            #expect(try await upload.send(client, path, upload.largePieceBytes) == upload.largeRows)
            #expect(try await Self.rows(host, upload) == upload.largeRows)
            await client.close()
        }
    }

    @Test("one bad row near the end stores nothing, and the error names file, line and column", arguments: uploads)
    func badRowNearEnd(_ upload: Upload) async throws {
        let rows = 20_000
        let badLine = rows - 3
        let path = try ClientStreamingTests.writeTemporary(upload.file(rows, "E06000016", badLine))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await TestHost.withRunning(modules: [upload.module()]) { host in
            let client = try await host.connect()
            try await upload.prepare(client)
            let error = await #expect(throws: RPCError.self) { try await upload.send(client, path, 64 << 10) }
            #expect(error?.code == .invalidArgument)
            #expect(
                error?.message.hasPrefix("import refused, nothing stored (1 issue):\na.csv:\(badLine): column \(upload.badColumn): ")
                    == true)
            #expect(error?.metadata["cyphub-import-line"] == String(badLine))
            #expect(try await Self.rows(host, upload) == 0)
            await client.close()
        }
    }

    @Test("a client that disconnects halfway stores nothing; the host serves the next upload", arguments: uploads)
    func disconnectHalfway(_ upload: Upload) async throws {
        try await TestHost.withRunning(modules: [upload.module()]) { host in
            let setup = try await host.connect()
            try await upload.prepare(setup)
            await setup.close()
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            let half = Array(upload.file(2_000, "E10000018", nil).utf8)
            try await peer.send(
                raw.callStart(id: 1, method: upload.method)
                    + raw.request(id: 1, method: upload.method, upload.piece(Array(half[..<(half.count / 2)]), true)))
            try await peer.roundTrip()
            peer.connection.resetNow()
            let path = try ClientStreamingTests.writeTemporary(upload.file(10, "E06000016", nil))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let client = try await host.connect()
            #expect(try await upload.send(client, path, 100) == 10)
            #expect(try await Self.rows(host, upload, authority: "E10000018") == 0)
            #expect(try await Self.rows(host, upload) == 10)
            await client.close()
        }
    }

    @Test(
        "CANCEL mid-upload ends the call CANCELLED and stores nothing; the same pieces with END_STREAM store",
        arguments: uploads)
    func cancelThenComplete(_ upload: Upload) async throws {
        try await TestHost.withRunning(modules: [upload.module()]) { host in
            let setup = try await host.connect()
            try await upload.prepare(setup)
            await setup.close()
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            let file = Array(upload.file(100, "E06000016", nil).utf8)
            let first = upload.piece(Array(file[..<1_000]), true)
            try await peer.send(raw.callStart(id: 1, method: upload.method) + raw.request(id: 1, method: upload.method, first))
            try await peer.send(raw.cancel(id: 1))
            #expect(try await peer.callEnd(1).code == Int(StatusCode.cancelled.rawValue))
            #expect(try await Self.rows(host, upload) == 0)
            try await peer.send(
                raw.callStart(id: 3, method: upload.method) + raw.request(id: 3, method: upload.method, first)
                    + raw.request(id: 3, method: upload.method, upload.piece(Array(file[1_000...]), false))
                    + raw.message(id: 3, [], flags: .endStream))
            #expect(try await peer.callEnd(3).code == 0)
            #expect(try await Self.rows(host, upload) == 100)
        }
    }
}
