import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing

/// Every rule and limit of the README's wire section, broken on purpose through raw frames: each test checks the exact
/// status or GOAWAY (code and message) and that the host still serves a well-behaved client afterwards.
@Suite struct ProtocolViolationTests {
    static let sleep = "cyphub.testing.v1.TestingService/Sleep"
    static let echo = "cyphub.host.v1.Diagnostics/Echo"
    static let health = "cyphub.host.v1.Health/Check"

    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    // MARK: Helpers

    /// A new connection that has exchanged prefaces.
    func connect(_ host: TestHost) async throws -> RawPeer {
        try await RawPeer.handshake(port: host.port, raw: raw)
    }

    /// CALL_START and MESSAGE for a Sleep call.
    func sleepCall(_ id: UInt32, milliseconds: UInt32, timeoutMs: UInt64 = 0) throws -> [UInt8] {
        try raw.callStart(id: id, method: Self.sleep, timeoutMs: timeoutMs)
            + raw.request(id: id, method: Self.sleep, SleepRequest(milliseconds: milliseconds))
    }

    /// An Echo call on `peer`'s connection is answered: the connection still serves.
    func expectServes(_ peer: RawPeer, id: UInt32) async throws {
        let payload: [UInt8] = [0xC7, 0x00, 0x01]
        try await peer.send(
            raw.callStart(id: id, method: Self.echo) + raw.request(id: id, method: Self.echo, EchoRequest(payload: payload)))
        let echo = try await peer.message(id, as: EchoResponse.self, method: Self.echo)
        #expect(echo.payload == payload)
        let status = try await peer.callEnd(id)
        #expect(status.code == 0 && status.message.isEmpty)
    }

    /// A new client on a new connection is served.
    func expectStillServing(_ host: TestHost) async throws {
        let client = try await host.connect()
        #expect(try await client.health().status == .serving)
        await client.close()
    }

    /// The host sends one GOAWAY and closes the connection; returns the GOAWAY and the frames before it.
    func expectGoAwayAndClose(_ peer: RawPeer) async throws -> (goAway: GoAway, others: [Frame]) {
        let (frames, closed) = try await peer.rest()
        #expect(closed, "the host kept the connection open")
        let goAways = frames.filter { $0.type == .goAway }
        #expect(goAways.count == 1)
        return (try raw.goAway(try #require(goAways.first)), frames.filter { $0.type != .goAway })
    }

    // MARK: Violations that close the connection

    @Test func aCallStartWithCallIDZeroIsAProtocolViolation() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(raw.callStart(id: 0, method: Self.health) + raw.request(id: 0, method: Self.health, HealthCheckRequest()))
            let (goAway, others) = try await expectGoAwayAndClose(peer)
            #expect(goAway.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(goAway.message == "protocol violation: CALL_START with call id 0")
            #expect(goAway.lastCallId == 0)
            #expect(others.isEmpty, "call 0 was answered: \(others)")
            try await expectStillServing(host)
        }
    }

    @Test func aCallIDAlreadyInFlightIsAProtocolViolation() async throws {
        let module = TestingModule()
        try await TestHost.withRunning(modules: [module]) { host in
            let peer = try await connect(host)
            try await peer.send(try sleepCall(5, milliseconds: 60_000))
            try await peer.roundTrip()
            try await peer.send(try sleepCall(5, milliseconds: 1))
            let (goAway, others) = try await expectGoAwayAndClose(peer)
            #expect(goAway.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(goAway.message == "protocol violation: call id 5 is already in flight")
            #expect(goAway.lastCallId == 5)
            #expect(others.isEmpty, "a call was answered: \(others)")
            // Closing the connection cancelled the first call's handler.
            try await waitUntil { module.cancellations.count == 1 }
            try await expectStillServing(host)
        }
    }

    @Test func aCallIDMayBeReusedOnceItsCallHasEnded() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await expectServes(peer, id: 7)
            try await expectServes(peer, id: 7)
        }
    }

    @Test func anUnknownFrameTypeIsAProtocolViolation() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await expectServes(peer, id: 1)
            try await peer.send(raw.frame(type: 0x7F, id: 0, [1, 2, 3]))
            let (goAway, others) = try await expectGoAwayAndClose(peer)
            #expect(goAway.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(goAway.message == "protocol violation: unknown frame type 0x7f")
            #expect(goAway.lastCallId == 1)
            #expect(others.isEmpty)
            try await expectStillServing(host)
        }
    }

    @Test func aFrameOverTheMaximumIsRefusedFromItsLengthPrefix() async throws {
        var limits = WireLimits()
        limits.maxFrameBytes = 64 * 1024
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let peer = try await connect(host)
            var header = ByteBuffer()
            header.writeFrameHeader(type: .message, flags: [], callID: 1, payloadLength: 64 * 1024 + 1)
            // Only the header is sent: the host must not wait for 64 KiB before refusing.
            try await peer.send(Array(header.readableBytesView))
            let (goAway, _) = try await expectGoAwayAndClose(peer)
            #expect(goAway.code == Int(StatusCode.resourceExhausted.rawValue))
            #expect(goAway.message == "frame of 65537 bytes exceeds the maximum of 65536 bytes")
            try await expectStillServing(host)
        }
    }

    // MARK: Faults of one call: the call ends, the connection carries on

    @Test func aSecondRequestMessageForAUnaryCallEndsItWithInvalidArgument() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(
                try sleepCall(1, milliseconds: 60_000) + raw.request(id: 1, method: Self.sleep, SleepRequest(milliseconds: 1)))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(status.message == "a second request message for a unary call")
            try await expectServes(peer, id: 3)
        }
    }

    @Test func aCompressedMessageThatIsNotZlibEndsTheCallWithInvalidArgument() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(
                raw.callStart(id: 1, method: Self.echo) + raw.message(id: 1, Array("not zlib at all".utf8), flags: .compressed))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(status.message == "compressed message could not be inflated: inflate returned -3")
            try await expectServes(peer, id: 3)
        }
    }

    @Test func aDecompressionBombEndsTheCallWithResourceExhausted() async throws {
        var limits = WireLimits()
        limits.maxMessageBytes = 64 * 1024
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            var bomb = ByteBuffer()
            try ZlibCodec().compress(ByteBuffer(repeating: 0, count: 10 << 20), into: &bomb)
            #expect(bomb.readableBytes < 64 * 1024)
            let peer = try await connect(host)
            try await peer.send(
                raw.callStart(id: 1, method: Self.echo) + raw.message(id: 1, Array(bomb.readableBytesView), flags: .compressed))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.resourceExhausted.rawValue))
            #expect(status.message == "decompressed message exceeds the maximum of 65536 bytes")
            try await expectServes(peer, id: 3)
        }
    }

    @Test func aCompressedRequestWithinTheLimitIsServed() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let payload = [UInt8](repeating: 42, count: 20_000)
            var request = ByteBuffer()
            try raw.schema.method(Self.echo)!.input.encode(EchoRequest(payload: payload), into: &request)
            var compressed = ByteBuffer()
            try ZlibCodec().compress(request, into: &compressed)
            let peer = try await connect(host)
            try await peer.send(
                raw.callStart(id: 1, method: Self.echo) + raw.message(id: 1, Array(compressed.readableBytesView), flags: .compressed))
            #expect(try await peer.message(1, as: EchoResponse.self, method: Self.echo).payload == payload)
            #expect(try await peer.callEnd(1).code == 0)
        }
    }

    @Test func aCallStartThatDoesNotDecodeEndsThatCallOnly() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            let garbage = [UInt8](repeating: 0xFF, count: 11)
            try await peer.send(
                raw.frame(type: FrameType.callStart.rawValue, id: 1, garbage)
                    + raw.request(id: 1, method: Self.echo, EchoRequest(payload: [1])))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(status.message == "payload is not a valid cyphub.host.v1.CallStart message (protobuf-c could not unpack 11 bytes)")
            // The MESSAGE that followed belongs to no call and is ignored: the next frames are call 3's.
            try await expectServes(peer, id: 3)
            #expect(peer.pending.isEmpty, "unexpected frames: \(peer.pending.map { "\($0.type) \($0.callID)" })")
        }
    }

    @Test func aRequestThatIsNotItsMethodsMessageEndsTheCallWithInvalidArgument() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(try raw.callStart(id: 1, method: Self.sleep) + raw.message(id: 1, [UInt8](repeating: 0xFF, count: 11)))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(
                status.message == "payload is not a valid cyphub.testing.v1.SleepRequest message (protobuf-c could not unpack 11 bytes)")
            try await expectServes(peer, id: 3)
        }
    }

    @Test func aMessageForACallThatIsNotInFlightIsIgnored() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(raw.request(id: 99, method: Self.echo, EchoRequest(payload: [9])))
            try await expectServes(peer, id: 1)
            // Nothing was ever sent about call 99.
            #expect(peer.pending.isEmpty, "unexpected frames: \(peer.pending.map { "\($0.type) \($0.callID)" })")
        }
    }

    @Test func callsOverTheInFlightLimitAreRefusedOneByOne() async throws {
        var limits = WireLimits()
        limits.maxCallsPerConnection = 2
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let peer = try await connect(host)
            try await peer.send(try sleepCall(1, milliseconds: 60_000) + sleepCall(3, milliseconds: 60_000) + sleepCall(5, milliseconds: 1))
            let refused = try await peer.callEnd(5)
            #expect(refused.code == Int(StatusCode.resourceExhausted.rawValue))
            #expect(refused.message == "too many calls in flight on this connection (limit 2)")
            // Once one of the two ends, a new call is taken.
            try await peer.send(raw.cancel(id: 1))
            let cancelled = try await peer.callEnd(1)
            #expect(cancelled.code == Int(StatusCode.cancelled.rawValue))
            #expect(cancelled.message == "cancelled by the client")
            try await expectServes(peer, id: 7)
            try await peer.send(raw.cancel(id: 3))
            #expect(try await peer.callEnd(3).code == Int(StatusCode.cancelled.rawValue))
        }
    }

    // MARK: Input hygiene

    @Test func aMethodNameOver256BytesIsRefused() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            let prefix = "cyphub.nothing.v1.Nothing/"
            let atLimit = prefix + String(repeating: "a", count: 256 - prefix.utf8.count)
            let over = atLimit + "a"
            try await peer.send(try raw.callStart(id: 1, method: atLimit) + raw.callStart(id: 3, method: over))
            // 256 bytes is a name like any other (here, of no method).
            let unknown = try await peer.callEnd(1)
            #expect(unknown.code == Int(StatusCode.unimplemented.rawValue))
            let refused = try await peer.callEnd(3)
            #expect(refused.code == Int(StatusCode.invalidArgument.rawValue))
            let echoed = String(over.prefix(200))
            #expect(refused.message == "method name of 257 bytes is longer than the 256 allowed: '\(echoed)…(257 bytes)'")
            try await expectServes(peer, id: 5)
        }
    }

    @Test func aNULInTheMethodNameIsRefusedNamingTheField() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(
                raw.callStart(id: 1, methodBytes: Array("\(Self.health)\u{0}junk".utf8))
                    + raw.request(id: 1, method: Self.health, HealthCheckRequest()))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(status.message == "field 'method' of cyphub.host.v1.CallStart contains a NUL character (U+0000)")
            #expect(peer.pending.isEmpty, "Health/Check was served")
            try await expectServes(peer, id: 3)
        }
    }

    @Test func aNULInAMetadataValueIsRefusedNamingTheField() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(
                raw.callStart(
                    id: 1, methodBytes: Array(Self.health.utf8),
                    metadata: [(key: Array("x-authority".utf8), value: Array("E06000016\u{0}DROP".utf8))])
                    + raw.request(id: 1, method: Self.health, HealthCheckRequest()))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(status.message == "field 'metadata.value' of cyphub.host.v1.CallStart contains a NUL character (U+0000)")
            try await expectServes(peer, id: 3)
        }
    }

    @Test(arguments: [
        (Array("testing\u{0}junk".utf8), "contains a NUL character (U+0000)"),
        ([0x74, 0x65, 0xC3, 0x28], "is not valid UTF-8"),
    ])
    func aBadStringInARequestFieldIsRefusedNamingTheField(module: [UInt8], reason: String) async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            try await peer.send(try raw.callStart(id: 1, method: Self.health) + raw.message(id: 1, RawFrames.field(1, module)))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.invalidArgument.rawValue))
            #expect(status.message == "field 'module' of cyphub.host.v1.HealthCheckRequest \(reason)")
            #expect(peer.pending.isEmpty, "Health/Check was served")
            try await expectServes(peer, id: 3)
        }
    }

    @Test func clientTextInStatusesAndLogsIsCutAndEscaped() async throws {
        let lines = Recorder()
        var logger = Logger(label: "test") { _ in CapturingHandler(lines: lines) }
        logger.logLevel = .notice
        try await TestHost.withRunning(modules: [TestingModule()], logger: logger) { host in
            let peer = try await connect(host)
            let forged = "\nwarning: forged line "
            // Within the 256-byte limit (an unknown method), and over it (refused for its length).
            let unknown = "cyphub.nothing.v1.Nothing/" + forged + String(repeating: "x", count: 200)
            let long = "cyphub.nothing.v1.Nothing/" + forged + String(repeating: "y", count: 300)
            #expect(unknown.utf8.count <= 256 && long.utf8.count > 256)
            try await peer.send(try raw.callStart(id: 1, method: unknown) + raw.callStart(id: 3, method: long))
            let unknownStatus = try await peer.callEnd(1)
            let longStatus = try await peer.callEnd(3)
            #expect(unknownStatus.code == Int(StatusCode.unimplemented.rawValue))
            #expect(longStatus.code == Int(StatusCode.invalidArgument.rawValue))
            for (status, name) in [(unknownStatus, unknown), (longStatus, long)] {
                #expect(!status.message.contains("\n"), "a raw newline in \(status.message)")
                #expect(status.message.contains("Nothing/\\nwarning: forged line "))
                // Cut at 200 characters (the escaped newline counts as one), marked with the name's length.
                #expect(
                    status.message.contains(
                        String(name.prefix(200)).replacingOccurrences(of: "\n", with: "\\n") + "…(\(name.utf8.count) bytes)"))
            }
            try await expectServes(peer, id: 5)
        }
        let logged = lines.lines.filter { $0.contains("Nothing/") }
        #expect(logged.count == 2, "\(logged)")
        for line in logged {
            #expect(!line.contains("\n"), "a raw newline in the log: \(line)")
            #expect(line.contains("Nothing/\\nwarning: forged line "))
            let echoedName = line.filter { $0 == "x" || $0 == "y" }
            #expect(echoedName.count < 250, "\(echoedName.count) characters of the name in one log line")
        }
    }

    @Test func anUnknownModuleInAHealthCheckIsEchoedCutAndEscaped() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await connect(host)
            let module = "nope\n" + String(repeating: "z", count: 100_000)
            try await peer.send(
                try raw.callStart(id: 1, method: Self.health) + raw.request(id: 1, method: Self.health, HealthCheckRequest(module: module)))
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.notFound.rawValue))
            let echoed = "nope\\n" + String(repeating: "z", count: 195) + "…(100005 bytes)"
            #expect(status.message == "no module '\(echoed)' is compiled into this host")
            try await expectServes(peer, id: 3)
        }
    }

    // MARK: Deadlines

    @Test func aCallThatFinishesAfterItsDeadlineEndsDeadlineExceeded() async throws {
        // One event loop of its own, which the test holds busy across the deadline while the handler finishes: the
        // host learns of the finished call before its deadline timer runs, as on a loaded machine.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let gate = CallGate(method: Self.sleep)
        try await TestHost.withRunning(modules: [TestingModule()], interceptors: [gate], group: group) { host in
            defer { gate.open() }
            let peer = try await connect(host)
            try await peer.send(try sleepCall(1, milliseconds: 1, timeoutMs: 2000))
            try await waitUntil { gate.entered == 1 }
            // The call started before now, so its deadline is at most 2 s away (and, unless this machine took 2 s to
            // bring the call to its handler, still ahead).
            let expiry = ContinuousClock.now + .milliseconds(2000)
            group.next().execute {
                gate.open()
                let limit = ContinuousClock.now + .seconds(10)
                while (gate.returned == 0 || ContinuousClock.now < expiry + .milliseconds(50)) && ContinuousClock.now < limit {
                    Thread.sleep(forTimeInterval: 0.005)
                }
                // Time for the finished call to queue its answer on this loop.
                Thread.sleep(forTimeInterval: 0.2)
            }
            let status = try await peer.callEnd(1)
            #expect(status.code == Int(StatusCode.deadlineExceeded.rawValue))
            #expect(status.message == "deadline exceeded before cyphub.testing.v1.TestingService/Sleep finished")
            #expect(peer.pending.isEmpty, "the late response was sent: \(peer.pending.map { "\($0.type) \($0.callID)" })")
            try await expectServes(peer, id: 3)
        }
        try await group.shutdownGracefully()
    }
}
