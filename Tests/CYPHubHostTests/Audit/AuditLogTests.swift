import CYPHubClient
import CYPHubCore
import CYPHubTesting
import CapitalModule
import Crypto
import Foundation
import Logging
import NIOCore
import SocialCareModule
import Testing

@testable import CYPHubHost

/// The audit log: every call the host answers is one row, with what the call's task and the connection knew.
@Suite struct AuditLogTests {
    static let echo = Diagnostics.Method.Echo.descriptor.fullName
    static let listSnapshots = SocialCare.Method.ListSnapshots.descriptor.fullName
    static let importMethod = SocialCare.Method.Import.descriptor.fullName

    static let workers = """
        authority_code,snapshot_date,worker_id,team_id,team_type,cases
        E06000016,2024-10-04,W1,T1,cin,18
        E06000016,2024-10-04,W2,T1,cin,12
        E06000016,2024-10-04,W3,T2,sat,9
        """

    /// Every record the host has stored, oldest first.
    static func records(_ host: TestHost) async throws -> [AuditRecord] {
        await host.host.flushAuditLog()
        return try await host.storage.read { db in
            try AuditStore.query(AuditQuery(limit: UInt32(AuditStore.maxLimit)), in: db).records.reversed()
        }
    }

    @Test func callsAreRecordedWithMethodStatusBytesAuthorityAndPeer() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            // A 100-byte payload: field tag, length and payload are 102 bytes each way (under the compression threshold).
            let echo = try await client.unary(Diagnostics.Method.Echo.self, request: EchoRequest(payload: Array(repeating: 7, count: 100)))
            #expect(echo.payload.count == 100)
            _ = try await client.unary(SocialCare.Method.ListSnapshots.self, request: ListSnapshotsRequest(authority: "E06000016"))
            let records = try await Self.records(host)
            try #require(records.count == 2)
            #expect(records[0].method == Self.echo)
            #expect(records[0].status == "OK")
            #expect(records[0].bytesIn == 102)
            #expect(records[0].bytesOut == 102)
            #expect(records[0].authority == "")
            #expect(records[0].principal == "anonymous")
            #expect(records[0].peer.hasPrefix("127.0.0.1:") && Int(records[0].peer.dropFirst("127.0.0.1:".count)) != nil)
            #expect(records[0].files.isEmpty)
            #expect(records[1].method == Self.listSnapshots)
            #expect(records[1].authority == "E06000016")
            #expect(records[1].status == "OK")
            #expect(records[1].bytesIn == 11)
            #expect(records[0].timeUnixMs <= records[1].timeUnixMs)
            await client.close()
        }
    }

    @Test func anImportRecordsItsDatasetFileNameSHA256AndRowsStored() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            let imported = try await SocialCareClient(caller: client).importCSV(
                dataset: .workerCaseloads, fileName: "workers.csv", csv: Self.workers)
            #expect(imported.rowsStored == 3)
            let records = try await Self.records(host)
            try #require(records.count == 1)
            let expected = SHA256.hash(data: Data(Self.workers.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(records[0].method == Self.importMethod)
            #expect(records[0].status == "OK")
            #expect(records[0].files == [AuditImportFile(dataset: "worker_caseloads", fileName: "workers.csv", sha256: expected)])
            #expect(records[0].rowsStored == 3)
            await client.close()
        }
    }

    @Test func aStreamedImportRecordsTheSHA256OfAllItsPiecesAndItsBytesIn() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            let bytes = Array(Self.workers.utf8)
            let pieces = AsyncStream<ImportChunk> { continuation in
                continuation.yield(ImportChunk(dataset: .workerCaseloads, fileName: "workers.csv", data: Array(bytes[..<50])))
                continuation.yield(ImportChunk(data: Array(bytes[50...])))
                continuation.finish()
            }
            let imported = try await SocialCareClient(caller: client).importStream(pieces)
            #expect(imported.rowsStored == 3)
            let records = try await Self.records(host)
            try #require(records.count == 1)
            let expected = SHA256.hash(data: Data(bytes)).map { String(format: "%02x", $0) }.joined()
            #expect(records[0].method == SocialCare.Method.ImportStream.descriptor.fullName)
            #expect(records[0].status == "OK")
            #expect(records[0].files == [AuditImportFile(dataset: "worker_caseloads", fileName: "workers.csv", sha256: expected)])
            #expect(records[0].rowsStored == 3)
            // Both pieces' payloads (each: the fields and their tags), not only the first.
            #expect(records[0].bytesIn > bytes.count)
            await client.close()
        }
    }

    @Test func aStreamedImportOfSeveralFilesRecordsEachFileWithItsOwnSHA256() async throws {
        try await TestHost.withRunning(modules: [CapitalModule()]) { host in
            let client = try await host.connect()
            let seed = CapitalDemoData.seed
            let pieces = AsyncStream<CapitalImportChunk> { continuation in
                for (index, file) in seed.files.enumerated() {
                    let bytes = Array(file.csv.utf8)
                    var first = CapitalImportChunk(dataset: file.dataset, fileName: file.fileName, data: Array(bytes[..<40]))
                    if index == 0 {
                        (first.authority, first.version, first.label) = (seed.authority, seed.version, seed.label)
                        (first.firstYear, first.lastYear) = (seed.firstYear, seed.lastYear)
                    }
                    continuation.yield(first)
                    continuation.yield(CapitalImportChunk(data: Array(bytes[40...])))
                }
                continuation.finish()
            }
            _ = try await CapitalClient(caller: client).importStream(pieces)
            let records = try await Self.records(host)
            try #require(records.count == 1)
            #expect(records[0].method == Capital.Method.ImportStream.descriptor.fullName)
            #expect(
                records[0].files
                    == seed.files.map { file in
                        AuditImportFile(
                            dataset: file.dataset, fileName: file.fileName,
                            sha256: SHA256.hash(data: Data(file.csv.utf8)).map { String(format: "%02x", $0) }.joined())
                    })
            await client.close()
        }
    }

    @Test func failingCallsAreRecordedWithTheirStatus() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            // Refused by the handler: a file whose header is wrong stores nothing.
            await #expect {
                _ = try await SocialCareClient(caller: client).importCSV(dataset: .workerCaseloads, fileName: "bad.csv", csv: "nope\n1\n")
            } throws: { ($0 as? RPCError)?.code == .invalidArgument }
            // Refused before a handler: no such method.
            let unknown = try await client.rawCall("cyphub.nothing.v1.Nothing/Here", request: ByteBuffer())
            #expect(unknown.status.code == Int(StatusCode.unimplemented.rawValue))
            // A request that does not decode (field 1 of length 5 with 1 byte): recorded with what is known.
            let garbage = try await client.rawCall(Self.echo, request: ByteBuffer(bytes: [0x0A, 0x05, 0x01]))
            #expect(garbage.status.code == Int(StatusCode.invalidArgument.rawValue))
            let records = try await Self.records(host)
            try #require(records.count == 3)
            #expect(records[0].method == Self.importMethod)
            #expect(records[0].status == "INVALID_ARGUMENT")
            #expect(records[0].files.map(\.fileName) == ["bad.csv"])
            #expect(records[0].rowsStored == 0)
            #expect(records[1].method == "cyphub.nothing.v1.Nothing/Here")
            #expect(records[1].status == "UNIMPLEMENTED")
            #expect(records[1].principal == "")
            #expect(records[2].method == Self.echo)
            #expect(records[2].status == "INVALID_ARGUMENT")
            #expect(records[2].bytesIn == 3)
            #expect(records[2].bytesOut == 0)
            await client.close()
        }
    }

    @Test func inProcessCallsAreRecorded() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()], mode: .inProcess) { host in
            let caller = try await host.caller()
            _ = try await caller.unary(Diagnostics.Method.Echo.self, request: EchoRequest(payload: [1, 2, 3]))
            let records = try await Self.records(host)
            try #require(records.count == 1)
            #expect(records[0].peer == "in-process")
            #expect(records[0].method == Self.echo)
            #expect(records[0].bytesIn == 5)
            #expect(records[0].bytesOut == 5)
        }
    }

    @Test func theAuditServiceFiltersByMethodStatusPrincipalAuthorityAndTime() async throws {
        try await TestHost.withRunning(modules: [SocialCareModule()]) { host in
            let client = try await host.connect()
            for _ in 0..<3 { _ = try await client.unary(Diagnostics.Method.Echo.self, request: EchoRequest(payload: [1])) }
            _ = try await client.unary(SocialCare.Method.ListSnapshots.self, request: ListSnapshotsRequest(authority: "E06000016"))
            func query(_ query: AuditQuery) async throws -> AuditPage {
                try await client.unary(Audit.Method.Query.self, request: query)
            }
            #expect(try await query(AuditQuery(method: Self.echo)).records.count == 3)
            #expect(try await query(AuditQuery(method: "cyphub.socialcare.v1.")).records.map(\.method) == [Self.listSnapshots])
            #expect(try await query(AuditQuery(authority: "e06000016")).records.count == 1)
            #expect(try await query(AuditQuery(principal: "anonymous")).records.count >= 4)
            #expect(try await query(AuditQuery(principal: "someone-else")).records.isEmpty)
            #expect(try await query(AuditQuery(status: "NOT_FOUND")).records.isEmpty)
            #expect(try await query(AuditQuery(untilUnixMs: 1)).records.isEmpty)
            let limited = try await query(AuditQuery(method: Self.echo, limit: 2))
            #expect(limited.records.count == 2)
            #expect(limited.truncated)
            await #expect {
                _ = try await query(AuditQuery(limit: 10_001))
            } throws: {
                ($0 as? RPCError)?.code == .invalidArgument
                    && ($0 as? RPCError)?.message == "limit 10001 is above the most a query returns (10000)"
            }
            await client.close()
        }
    }

    @Test func retentionPurgesRecordsOlderThanTheConfiguredDaysAtStart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-audit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        func start(retentionDays: Int) async throws -> HubHost {
            try await HubHost.make(
                configuration: HostConfiguration(
                    listen: ListenAddress(host: "127.0.0.1", port: 0), dataDirectory: directory, enabledModules: [],
                    auditRetentionDays: retentionDays),
                modules: [], logger: logger)
        }
        let day = 86_400_000
        let now = AuditLog.nowMs()
        let first = try await start(retentionDays: 0)
        try await first.storage.write { db in
            try AuditStore.insert(
                [400, 40, 10].map { AuditRecord(timeUnixMs: now - $0 * day, principal: "p", method: "m", status: "OK") }, into: db)
        }
        try first.storage.close()
        // 0 keeps everything.
        let keeping = try await start(retentionDays: 0)
        #expect(try await keeping.storage.read { try $0.row("SELECT COUNT(*) AS n FROM audit_log")?.int("n") } == 3)
        try keeping.storage.close()
        let purging = try await start(retentionDays: 30)
        let kept = try await purging.storage.read { db in try db.rows("SELECT time_ms FROM audit_log").map { try $0.int("time_ms") } }
        #expect(kept == [now - 10 * day])
        try purging.storage.close()
    }

    @Test func batchesLargerThanOneStatementKeepEachRecordWithItsFiles() async throws {
        let storage = try Storage.inMemory()
        try storage.migrate(namespace: "host", [AuditStore.migration])
        let records = (0..<150).map { index in
            AuditRecord(
                timeUnixMs: index, method: "m\(index)", status: "OK",
                files: index % 10 == 3
                    ? [
                        AuditImportFile(dataset: "d", fileName: "a\(index).csv", sha256: "x"),
                        AuditImportFile(dataset: "d", fileName: "b\(index).csv", sha256: "y"),
                    ] : [],
                rowsStored: index)
        }
        try await storage.write { db in try AuditStore.insert(Array(records[0..<70]), into: db) }
        try await storage.write { db in try AuditStore.insert(Array(records[70...]), into: db) }
        let page = try await storage.read { db in try AuditStore.query(AuditQuery(limit: 1000), in: db) }
        #expect(page.records == records.reversed())
        #expect(!page.truncated)
    }

    @Test func aFullBufferDropsAndCountsInsteadOfGrowing() async throws {
        let storage = try Storage.inMemory()
        try storage.migrate(namespace: "host", [AuditStore.migration])
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let log = AuditLog(storage: storage, retentionDays: 0, logger: logger, capacity: 2)
        for index in 0..<5 { log.append(AuditRecord(timeUnixMs: index, method: "m\(index)", status: "OK")) }
        #expect(log.dropped == 3)
        await log.flush()
        #expect(log.dropped == 0)
        let methods = try await storage.read { db in try db.rows("SELECT method FROM audit_log ORDER BY id").map { try $0.string("method") }
        }
        #expect(methods == ["m0", "m1"])
    }
}
