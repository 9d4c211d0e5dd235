import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Foundation
import SocialCareModule
import Testing

/// The metrics endpoint of a live host (`metrics.listen`), read over real HTTP: every call counted once by method and
/// status, the connections' fates, the bytes on the socket and the rows imported, with exact values and label sets.
@Suite struct MetricsEndpointTests {
    static let check = Health.Method.Check.descriptor.fullName
    static let importMethod = SocialCare.Method.Import.descriptor.fullName
    static let sleep = TestingService.Method.Sleep.descriptor.fullName

    @Test func everyCallIsCountedOnceByMethodAndStatus() async throws {
        try await MetricsHost.withRunning(modules: [SocialCareModule(), TestingModule()]) { host in
            let client = try await CYPHubClient.connect(host: "127.0.0.1", port: host.port)
            for _ in 0..<3 {
                _ = try await client.unary(Health.Method.Check.self, request: HealthCheckRequest())
            }
            await #expect {
                _ = try await client.unary(Health.Method.Check.self, request: HealthCheckRequest(module: "nope"))
            } throws: { ($0 as? RPCError)?.code == .notFound }
            let imported = try await SocialCareClient(caller: client).importCSV(
                dataset: .workerCaseloads, fileName: "workers.csv",
                csv: """
                    authority_code,snapshot_date,worker_id,team_id,team_type,cases
                    E06000016,2024-10-04,W1,T1,cin,18
                    E06000016,2024-10-04,W2,T1,cin,12
                    E06000016,2024-10-04,W3,T2,sat,9
                    """)
            #expect(imported.rowsStored == 3)
            // An unknown method ends before any handler runs; its name (client text) never becomes a label.
            let raw = try RawConnection(port: host.port)
            let status = try await RawCall.unary(on: raw, method: "cyphub.nothing.v1.Nothing/Here")
            #expect(StatusCode(rawValue: Int32(status.status.code)) == .unimplemented)

            let answer = try await host.get()
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
            let samples = Samples(answer.body)
            #expect(
                samples.series("cyphub_calls_total") == [
                    #"cyphub_calls_total{method="\#(Self.check)",code="OK"}"#: 3,
                    #"cyphub_calls_total{method="\#(Self.check)",code="NOT_FOUND"}"#: 1,
                    #"cyphub_calls_total{method="\#(Self.importMethod)",code="OK"}"#: 1,
                    #"cyphub_calls_total{method="unknown",code="UNIMPLEMENTED"}"#: 1,
                ])
            #expect(samples[#"cyphub_call_duration_seconds_count{method="\#(Self.check)"}"#] == 4)
            #expect(samples[#"cyphub_call_duration_seconds_bucket{method="\#(Self.check)",le="+Inf"}"#] == 4)
            #expect(samples[#"cyphub_call_duration_seconds_bucket{method="\#(Self.check)",le="30.0"}"#] == 4)
            #expect(samples[#"cyphub_call_duration_seconds_count{method="unknown"}"#] == 1)
            #expect(
                samples.series("cyphub_import_rows_total") == [
                    #"cyphub_import_rows_total{module="social-care",dataset="worker_caseloads"}"#: 3
                ])
            #expect(samples["cyphub_connections_accepted_total"] == 2)
            #expect(samples["cyphub_connections_open"] == 2)
            #expect(samples["cyphub_calls_in_flight"] == 0)
            #expect(samples["cyphub_calls_waiting"] == 0)
            #expect(samples["cyphub_connections_refused_total"] == 0)
            #expect(samples.series("cyphub_connections_closed_total").values.allSatisfy { $0 == 0 })

            // The client closes: counted once, as the peer's doing.
            await client.close()
            raw.shutdownNow()
            let after = try await host.scrape { $0.closed("peer") == 2 }
            #expect(after["cyphub_connections_open"] == 0)
            #expect(after.series("cyphub_calls_total").values.reduce(0, +) == 6)
        }
    }

    @Test func bytesAreThePrefaceAndFramesOnTheSocket() async throws {
        try await MetricsHost.withRunning(modules: [TestingModule()]) { host in
            let raw = try RawConnection(port: host.port)
            let call = try await RawCall.unary(on: raw, method: Self.check, request: HealthCheckRequest())
            #expect(call.status.code == 0)
            let samples = try await host.scrape()
            #expect(samples["cyphub_received_bytes_total"] == Double(call.sent))
            #expect(samples["cyphub_sent_bytes_total"] == Double(call.received))
        }
    }

    @Test func connectionsAreCountedByHowTheyEnd() async throws {
        let limits = WireLimits(maxConnections: 1, maxRunningCalls: 1, prefaceTimeout: .seconds(1))
        try await MetricsHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let frames = try RawFrames()
            // At the limit, an idle connection makes way for a new one.
            let first = try RawConnection(port: host.port)
            try await first.send(frames.preface())
            #expect(await first.read(count: Preface.size).count == Preface.size)
            let second = try RawConnection(port: host.port)
            try await second.send(frames.preface())
            try await host.scrape { $0.closed("replaced_idle") == 1 }
            withExtendedLifetime(first) {}
            // A frame of an unknown type is a protocol violation.
            try await second.send([0, 0, 0, 0, 0x7f, 0, 0, 0, 0, 0])
            try await host.scrape { $0.closed("protocol_violation") == 1 }
            // No preface within limits.prefaceTimeoutSeconds.
            let silent = try RawConnection(port: host.port)
            try await host.scrape { $0.closed("preface_timeout") == 1 }
            withExtendedLifetime(silent) {}

            // Two calls in flight, one running (maxRunningCalls 1) and one waiting for its turn.
            let busy = try RawConnection(port: host.port)
            try await busy.send(
                frames.preface() + frames.callStart(id: 1, method: Self.sleep)
                    + frames.request(id: 1, method: Self.sleep, SleepRequest(milliseconds: 30_000))
                    + frames.callStart(id: 3, method: Self.sleep)
                    + frames.request(id: 3, method: Self.sleep, SleepRequest(milliseconds: 30_000)))
            try await host.scrape { $0["cyphub_calls_in_flight"] == 2 && $0["cyphub_calls_waiting"] == 1 }
            // At the limit with every connection busy, a new one is refused and never counted as accepted.
            let refused = try RawConnection(port: host.port)
            #expect(await refused.readUntilClosed().closed)
            try await host.scrape { $0["cyphub_connections_refused_total"] == 1 }
            // Calls whose connection closes are counted once, CANCELLED.
            busy.shutdownNow()
            let samples = try await host.scrape { $0.closed("peer") == 1 }
            #expect(samples.calls(Self.sleep, "CANCELLED") == 2)
            #expect(samples["cyphub_calls_in_flight"] == 0)
            #expect(samples["cyphub_calls_waiting"] == 0)
            #expect(samples["cyphub_connections_accepted_total"] == 4)
            #expect(samples["cyphub_connections_refused_total"] == 1)
            #expect(samples["cyphub_connections_open"] == 0)
            #expect(
                samples.series("cyphub_connections_closed_total").filter { $0.value > 0 } == [
                    #"cyphub_connections_closed_total{reason="replaced_idle"}"#: 1,
                    #"cyphub_connections_closed_total{reason="protocol_violation"}"#: 1,
                    #"cyphub_connections_closed_total{reason="preface_timeout"}"#: 1,
                    #"cyphub_connections_closed_total{reason="peer"}"#: 1,
                ])
        }
    }

    @Test func aConnectionResetByThePeerIsCountedAsClosedByThePeer() async throws {
        try await MetricsHost.withRunning(modules: [TestingModule()]) { host in
            let frames = try RawFrames()
            let connection = try RawConnection(port: host.port)
            try await connection.send(frames.preface())
            #expect(await connection.read(count: Preface.size).count == Preface.size)
            connection.resetNow()
            let samples = try await host.scrape { $0["cyphub_connections_open"] == 0 && $0["cyphub_connections_accepted_total"] == 1 }
            #expect(samples.closed("peer") == 1)
            #expect(samples.closed("error") == 0)
        }
    }

    @Test func idleAndOversizedConnectionsAreCountedByReason() async throws {
        let limits = WireLimits(maxFrameBytes: 1024, idleTimeout: .milliseconds(300))
        try await MetricsHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let frames = try RawFrames()
            // Sends the preface, then nothing: closed when limits.idleTimeoutSeconds pass.
            let idle = try RawConnection(port: host.port)
            try await idle.send(frames.preface())
            #expect(await idle.readUntilClosed().closed)
            // A frame header announcing 4096 bytes, over limits.maxFrameBytes.
            let oversized = try RawConnection(port: host.port)
            try await oversized.send(frames.preface() + [0, 0, 0x10, 0, 0x01, 0, 0, 0, 0, 1])
            #expect(await oversized.readUntilClosed().closed)
            let samples = try await host.scrape { $0["cyphub_connections_open"] == 0 }
            #expect(
                samples.series("cyphub_connections_closed_total").filter { $0.value > 0 } == [
                    #"cyphub_connections_closed_total{reason="idle_timeout"}"#: 1,
                    #"cyphub_connections_closed_total{reason="frame_too_large"}"#: 1,
                ])
            #expect(samples["cyphub_connections_accepted_total"] == 2)
            #expect(samples.series("cyphub_calls_total").isEmpty)
        }
    }

    @Test func onlyGetMetricsIsServed() async throws {
        try await MetricsHost.withRunning(modules: [TestingModule()]) { host in
            #expect(try await host.get("/").status == 404)
            #expect(try await host.get("/metrics/extra").status == 404)
            #expect(try await host.get("/metrics", method: "POST").status == 404)
            let answer = try await host.get("/metrics?name=cyphub_calls_total")
            #expect(answer.status == 200)
            #expect(answer.body.contains("# TYPE cyphub_connections_accepted_total counter"))
        }
    }

    @Test func theMetricsEndpointStopsLastAtShutdown() async throws {
        let port = try await MetricsHost.withRunning(modules: [TestingModule()]) { host in
            // ServiceGroup stops services in reverse order: the endpoint, first in the list, stops last.
            #expect(host.host.services.first is MetricsServer)
            return host.metricsPort
        }
        #expect(throws: RawConnectionError.self) { try RawConnection(port: port) }
    }

    @Test func eachHostCountsIntoItsOwnRegistry() async throws {
        try await MetricsHost.withRunning(modules: [TestingModule()]) { first in
            try await MetricsHost.withRunning(modules: [TestingModule()]) { second in
                let client = try await CYPHubClient.connect(host: "127.0.0.1", port: first.port)
                _ = try await client.unary(Health.Method.Check.self, request: HealthCheckRequest())
                await client.close()
                #expect(try await first.scrape().calls(Self.check, "OK") == 1)
                #expect(try await second.scrape().series("cyphub_calls_total").isEmpty)
            }
        }
    }

    @Test func metricsAreOffUnlessSet() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            #expect(host.host.configuration.metricsListen == nil)
            #expect(host.host.metricsServer == nil)
            #expect(!host.host.services.contains { $0 is MetricsServer })
        }
    }
}

/// One unary call over a raw connection, counting the bytes each way.
enum RawCall {
    /// Sends the preface, a CALL_START (id 1) and the request, and reads until the call's CALL_END.
    static func unary(
        on connection: RawConnection, method: String, request: (any ProtoMessage)? = nil
    ) async throws -> (status: Status, sent: Int, received: Int) {
        let frames = try RawFrames()
        var bytes = frames.preface() + (try frames.callStart(id: 1, method: method))
        if let request {
            bytes += try frames.request(id: 1, method: method, request)
        } else {
            bytes += frames.message(id: 1, [])
        }
        try await connection.send(bytes)
        var received = await connection.read(count: Preface.size)
        while true {
            let header = await connection.read(count: Frame.headerSize)
            try #require(header.count == Frame.headerSize, "the host closed before the CALL_END")
            let length = header[0..<4].reduce(0) { $0 << 8 | Int($1) }
            let payload = await connection.read(count: length)
            received += header + payload
            let frame = try #require(try frames.frames(header + payload, skipPreface: false).first)
            if frame.type == .callEnd { return (try frames.status(frame), bytes.count, received.count) }
        }
    }
}
