import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Foundation
import Logging
import NIOCore
import Testing

/// End-to-end: a real host on a loopback port, real clients, real sockets.
@Suite struct HostEndToEndTests {
    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    /// After each abuse the host must still serve a well-behaved client.
    func expectStillServing(_ host: TestHost) async throws {
        let client = try await host.connect()
        let health = try await client.health()
        #expect(health.status == .serving)
        await client.close()
    }

    @Test func answersHealthAndListsModulesWithTheirMethods() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await host.connect()
            let health = try await client.health()
            #expect(health.status == .serving)
            #expect(health.modules.map(\.module) == ["testing"])
            #expect(health.modules.map(\.status) == [.serving])
            let list = try await client.modules()
            let testing = try #require(list.modules.first { $0.id == "testing" })
            #expect(testing.enabled)
            #expect(testing.protoPackage == "cyphub.testing.v1")
            let count = try #require(testing.methods.first { $0.name == "cyphub.testing.v1.TestingService/Count" })
            #expect(count.kind == "server_streaming")
            #expect(count.inputType == "cyphub.testing.v1.CountRequest")
            #expect(list.modules.first?.id == "host")
            await client.close()
        }
    }

    @Test func refusesAStrayHTTPClientAndKeepsServing() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let connection = try RawConnection(port: host.port)
            try await connection.send(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            let (bytes, closed) = await connection.readUntilClosed()
            #expect(closed)
            #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("CYPHUB-ERROR"))
            try await expectStillServing(host)
        }
    }

    @Test func refusesAnotherProtocolVersionWithGoAway() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let connection = try RawConnection(port: host.port)
            try await connection.send(raw.preface(version: 9))
            let (bytes, closed) = await connection.readUntilClosed()
            #expect(closed)
            #expect(Array(bytes.prefix(8)) == raw.preface(version: 1))
            let frames = try raw.frames(bytes)
            let goAway = try raw.goAway(try #require(frames.first { $0.type == .goAway }))
            #expect(goAway.code == Int(StatusCode.unimplemented.rawValue))
            #expect(goAway.message.contains("version 9"))
            try await expectStillServing(host)
        }
    }

    @Test func survivesATruncatedFrameAndAVanishingPeer() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let connection = try RawConnection(port: host.port)
            let start = try raw.callStart(id: 1, method: "cyphub.host.v1.Health/Check")
            try await connection.send(raw.preface() + Array(start.prefix(start.count - 3)))
            connection.shutdownNow()
            try await expectStillServing(host)
        }
    }

    @Test func distinguishesAnUnknownMethodFromADisabledModule() async throws {
        try await TestHost.withRunning(modules: [TestingModule()], enabled: []) { host in
            let client = try await host.connect()
            let unknown = try await client.rawCall("cyphub.nothing.v1.Nothing/Do", request: ByteBuffer())
            #expect(unknown.status.code == Int(StatusCode.unimplemented.rawValue))
            #expect(unknown.status.message.contains("unknown method"))
            let disabled = try await client.rawCall("cyphub.testing.v1.TestingService/Sleep", request: ByteBuffer())
            #expect(disabled.status.code == Int(StatusCode.failedPrecondition.rawValue))
            #expect(disabled.status.message.contains("module testing is not enabled"))
            #expect(Metadata.dictionary(disabled.status.metadata)["cyphub-module"] == "testing")
            let health = try await client.health(module: "testing")
            #expect(health.status == .notServing)
            await client.close()
        }
    }

    @Test func cancelsTheHandlerWhenTheDeadlineExpires() async throws {
        let module = TestingModule()
        try await TestHost.withRunning(modules: [module]) { host in
            let client = try await host.connect()
            await #expect {
                _ = try await client.unary(
                    TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 5000),
                    options: CallOptions(timeout: .milliseconds(100))
                )
            } throws: { error in
                // The host's own status, not the client's fallback timer.
                let error = error as? RPCError
                return error?.code == .deadlineExceeded
                    && error?.message.contains("before cyphub.testing.v1.TestingService/Sleep finished") == true
            }
            try await waitUntil { module.cancellations.count == 1 }
            await client.close()
        }
    }

    @Test func cancelsTheHandlerWhenTheClientVanishesMidCall() async throws {
        let module = TestingModule()
        try await TestHost.withRunning(modules: [module]) { host in
            let connection = try RawConnection(port: host.port)
            try await connection.send(
                raw.preface() + raw.callStart(id: 1, method: "cyphub.testing.v1.TestingService/Sleep")
                    + raw.request(id: 1, method: "cyphub.testing.v1.TestingService/Sleep", SleepRequest(milliseconds: 10_000))
            )
            _ = await connection.read(count: 8)
            connection.shutdownNow()
            try await waitUntil { module.cancellations.count == 1 }
            try await expectStillServing(host)
        }
    }

    @Test func cancelsTheHandlerWhenTheCallerCancels() async throws {
        let module = TestingModule()
        try await TestHost.withRunning(modules: [module]) { host in
            let client = try await host.connect()
            let call = Task {
                try await client.unary(TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 10_000))
            }
            try await Task.sleep(for: .milliseconds(100))
            call.cancel()
            await #expect { _ = try await call.value } throws: { ($0 as? RPCError)?.code == .cancelled }
            try await waitUntil { module.cancellations.count == 1 }
            await client.close()
        }
    }

    @Test func multiplexesManyCallsOnOneConnection() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await host.connect()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<64 {
                    group.addTask {
                        let payload = Array("call \(index)".utf8)
                        let echo = try await client.unary(Diagnostics.Method.Echo.self, request: EchoRequest(payload: payload))
                        #expect(echo.payload == payload)
                    }
                }
                try await group.waitForAll()
            }
            await client.close()
        }
    }

    @Test func streamsServerMessagesInOrder() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await host.connect()
            let received = Collected()
            try await client.serverStreaming(
                TestingService.Method.Count.self, request: CountRequest(count: 25), options: .defaults
            ) { response in
                await received.append(Int(response.number))
            }
            #expect(await received.values == Array(1...25))
            await client.close()
        }
    }

    @Test func compressesLargeResponsesOnlyWhenAcceptedAndNeverTinyOnes() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let connection = try RawConnection(port: host.port)
            let method = "cyphub.testing.v1.TestingService/Blob"
            try await connection.send(
                raw.preface()
                    + raw.callStart(id: 1, method: method, acceptZlib: true) + raw.request(id: 1, method: method, BlobRequest(size: 50_000))
                    + raw.callStart(id: 3, method: method, acceptZlib: false)
                    + raw.request(id: 3, method: method, BlobRequest(size: 50_000))
                    + raw.callStart(id: 5, method: method, acceptZlib: true) + raw.request(id: 5, method: method, BlobRequest(size: 10))
            )
            var frames: [Frame] = []
            var bytes: [UInt8] = []
            while frames.filter({ $0.type == .callEnd }).count < 3 {
                let more = await connection.read(count: 1)
                guard !more.isEmpty else { break }
                bytes += more
                frames = (try? raw.frames(bytes)) ?? frames
            }
            let messages = Dictionary(uniqueKeysWithValues: frames.filter { $0.type == .message }.map { ($0.callID, $0) })
            let compressed = try #require(messages[1])
            #expect(compressed.flags.contains(.compressed))
            #expect(compressed.payload.readableBytes < 10_000)
            #expect(try #require(messages[3]).flags.isEmpty)
            #expect(try #require(messages[3]).payload.readableBytes > 100_000)
            #expect(try #require(messages[5]).flags.isEmpty)
            // And the client library inflates transparently.
            let client = try await host.connect()
            let blob = try await client.unary(TestingService.Method.Blob.self, request: BlobRequest(size: 50_000))
            #expect(blob.data.count == 50_000)
            #expect(blob.text.hasPrefix("children in need per 10,000"))
            await client.close()
        }
    }

    @Test func theClientCompressesLargeRequestsAndTheHostInflatesThem() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await host.connect()
            // The client compresses requests of 1 KiB or more.
            let payload = [UInt8](repeating: 42, count: 20_000)
            let echo = try await client.unary(Diagnostics.Method.Echo.self, request: EchoRequest(payload: payload))
            #expect(echo.payload == payload)
            await client.close()
        }
    }
    @Test func answersPings() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let connection = try RawConnection(port: host.port)
            var ping = ByteBuffer()
            ping.writeFrame(Frame(type: .ping, callID: 0, payload: ByteBuffer(bytes: [1, 2, 3, 4, 5, 6, 7, 8])))
            try await connection.send(raw.preface() + Array(ping.readableBytesView))
            let frames = try await raw.frames(connection.read(count: 8 + 18))
            let pong = try #require(frames.first)
            #expect(pong.type == .ping)
            #expect(pong.flags.contains(.ack))
            #expect(Array(pong.payload.readableBytesView) == [1, 2, 3, 4, 5, 6, 7, 8])
        }
    }

    @Test func finishesCallsInFlightOnGracefulShutdown() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-drain-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0), dataDirectory: directory, enabledModules: ["testing"],
            shutdownGracePeriod: .seconds(5), source: "test"
        )
        let host = try await HubHost.make(configuration: configuration, modules: [TestingModule()], logger: .init(label: "test"))
        let serving = Task { try await host.server.run() }
        let port = try await host.server.listeningPort()
        let client = try await CYPHubClient.connect(host: "127.0.0.1", port: port)
        let call = Task {
            try await client.unary(TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 400))
        }
        try await Task.sleep(for: .milliseconds(100))
        host.server.stop()
        let response = try await call.value
        #expect(response.sleptMilliseconds == 400)
        try await serving.value
        // Stopped: nothing listens any more.
        await #expect(throws: RPCError.self) { _ = try await CYPHubClient.connect(host: "127.0.0.1", port: port) }
    }

    @Test func keepsDataAcrossARestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-restart-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await TestHost.withRunning(modules: [TestingModule()], dataDirectory: directory) { host in
            try await host.host.storage.write { db in
                try db.execute("CREATE TABLE kept (value TEXT)")
                try db.execute("INSERT INTO kept VALUES ('still here')")
            }
        }
        try await TestHost.withRunning(modules: [TestingModule()], dataDirectory: directory) { host in
            let value = try await host.host.storage.read { db in try db.row("SELECT value FROM kept")?.string("value") }
            #expect(value == "still here")
        }
    }
}

actor Collected {
    var values: [Int] = []
    func append(_ value: Int) { values.append(value) }
}

/// Polls `condition` for up to 5 seconds.
func waitUntil(_ condition: @Sendable () -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(5)
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("condition not met within 5 s")
            return
        }
        try await Task.sleep(for: .milliseconds(10))
    }
}
