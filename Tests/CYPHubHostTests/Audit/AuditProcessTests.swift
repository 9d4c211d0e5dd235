import CYPHubClient
import CYPHubCore
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The audit log of the real `cyphub serve`: queried with `cyp admin audit`, and complete after SIGTERM and (to the
/// last flush) after SIGKILL.
@Suite struct AuditProcessTests {
    static let echo = Diagnostics.Method.Echo.descriptor.fullName
    static let health = Health.Method.Check.descriptor.fullName
    static let modules = Modules.Method.List.descriptor.fullName

    /// Rows of `method` in the host's database, read through a read-only connection of the test's own.
    static func count(_ process: HostProcess, method: String) throws -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        let path = process.dataDirectory.appendingPathComponent("data/cyphub.sqlite").path
        let database = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? database.close() }
        return try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log WHERE method = ?", arguments: [method]) ?? 0
        }
    }

    /// Makes `count` echo calls on one connection.
    static func echo(_ process: HostProcess, count: Int) async throws {
        let client = try await CYPHubClient.connect(host: "127.0.0.1", port: process.port)
        for index in 0..<count {
            let answer = try await client.unary(Diagnostics.Method.Echo.self, request: EchoRequest(payload: [UInt8(index % 256)]))
            #expect(answer.payload == [UInt8(index % 256)])
        }
        await client.close()
    }

    @Test func aGracefulShutdownStoresEveryCall() async throws {
        let process = try await HostProcess.start()
        try await Self.echo(process, count: 500)
        #expect(try await process.stop(signal: SIGTERM) == 0)
        #expect(try Self.count(process, method: Self.echo) == 500)
    }

    @Test func aCrashLosesNothingFlushedBeforeIt() async throws {
        let process = try await HostProcess.start()
        try await Self.echo(process, count: 300)
        // The writer stores the buffer each second: wait (bounded) until all 300 are in the file, then kill.
        try await waitUntil(timeout: .seconds(30)) { (try? Self.count(process, method: Self.echo)) == 300 }
        _ = try await process.stop(signal: SIGKILL)
        #expect(try Self.count(process, method: Self.echo) == 300)
    }

    @Test func cypAdminAuditQueriesTheRealHost() async throws {
        let process = try await HostProcess.start()
        for _ in 0..<3 {
            let health = try await CYPProcess.run(["health", "--server", process.address])
            #expect(health.status == 0)
        }
        let listed = try await CYPProcess.run(["modules", "--server", process.address])
        #expect(listed.status == 0)

        func audit(_ arguments: [String]) async throws -> AuditPage {
            let result = try await CYPProcess.run(["admin", "audit", "--server", process.address, "--json"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            return try JSONDecoder().decode(AuditPage.self, from: result.json)
        }
        let checks = try await audit(["--method", Self.health])
        #expect(checks.records.count == 3)
        #expect(checks.records.allSatisfy { $0.status == "OK" && $0.principal == "anonymous" && $0.bytesOut > 0 })
        #expect(!checks.truncated)
        #expect(try await audit(["--method", Self.health, "--since", "1h"]).records.count == 3)
        #expect(try await audit(["--method", Self.health, "--since", "2999-01-01"]).records.isEmpty)
        #expect(try await audit(["--method", Self.health, "--until", "2000-01-01T00:00:00Z"]).records.isEmpty)
        #expect(try await audit(["--method", Self.health, "--principal", "anonymous"]).records.count == 3)
        #expect(try await audit(["--method", Self.health, "--principal", "nobody"]).records.isEmpty)
        #expect(try await audit(["--method", Self.modules]).records.count == 1)
        #expect(try await audit(["--method", Self.health, "--status", "NOT_FOUND"]).records.isEmpty)
        let limited = try await audit(["--method", Self.health, "--limit", "2"])
        #expect(limited.records.count == 2)
        #expect(limited.truncated)
        // The host prefix: three checks and the listing (the audit queries so far are cyphub.audit.v1).
        #expect(try await audit(["--method", "cyphub.host.v1."]).records.count == 4)

        let table = try await CYPProcess.run(["admin", "audit", "--server", process.address, "--method", Self.modules])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(table.stdout)")
        #expect(lines[0].hasPrefix("Time (UTC)"))
        #expect(lines[2].contains(Self.modules))
        #expect(lines[2].contains(" anonymous "))

        let refused = try await CYPProcess.run(["admin", "audit", "--server", process.address, "--since", "yesterday"])
        #expect(refused.status == 64)
        #expect(
            refused.stderr.contains("--since 'yesterday' is neither an ISO 8601 date or date-time nor a time ago such as 30m, 1h or 7d"))
        _ = try await process.stop()
    }
}
