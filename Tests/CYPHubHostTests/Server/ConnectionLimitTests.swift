import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Logging
import Testing

/// `limits.maxConnections`: at the limit the longest-idle connection makes way for a new one; when every connection
/// has a call in flight, the new one is closed at once.
@Suite struct ConnectionLimitTests {
    static let sleep = "cyphub.testing.v1.TestingService/Sleep"

    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    /// A connection holding one Sleep call (id 1) that will not end by itself.
    func busyConnection(_ host: TestHost) async throws -> RawPeer {
        let peer = try await RawPeer.handshake(port: host.port, raw: raw)
        try await peer.send(
            try raw.callStart(id: 1, method: Self.sleep) + raw.request(id: 1, method: Self.sleep, SleepRequest(milliseconds: 60_000)))
        try await peer.roundTrip()
        return peer
    }

    /// Cancels call 1 on `peer` and checks it ended CANCELLED.
    func cancelCall(on peer: RawPeer) async throws {
        try await peer.send(raw.cancel(id: 1))
        #expect(try await peer.callEnd(1).code == Int(StatusCode.cancelled.rawValue))
    }

    @Test func aNewConnectionIsClosedAtOnceWhenEveryConnectionIsBusy() async throws {
        var limits = WireLimits()
        limits.maxConnections = 2
        let lines = Recorder()
        var logger = Logger(label: "test") { _ in CapturingHandler(lines: lines) }
        logger.logLevel = .notice
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits, logger: logger) { host in
            let first = try await busyConnection(host)
            let second = try await busyConnection(host)
            let refused = try RawPeer(port: host.port, raw: raw)
            try? await refused.send(raw.preface())  // the host may have closed it already
            let (frames, closed) = try await refused.rest()
            #expect(closed)
            #expect(refused.prefaceVersion == nil && frames.isEmpty, "the host spoke to a connection over its limit")
            #expect(
                lines.lines.contains(
                    "refused a connection: 2 connections are open and every one has calls in flight (limits.maxConnections)"))
            // The busy connections were left alone.
            try await second.roundTrip()
            // Once a connection is idle, it makes way for a new client.
            try await cancelCall(on: first)
            let client = try await host.connect()
            #expect(try await client.health().status == .serving)
            let goAway = try await first.goAway()
            #expect(goAway.code == Int(StatusCode.resourceExhausted.rawValue))
            #expect(goAway.message == "closing this idle connection to admit a new one: the host is at its connection limit")
            #expect(try await first.rest().closed)
            try await cancelCall(on: second)
            await client.close()
        }
    }

    @Test func theLongestIdleConnectionMakesWayForANewOne() async throws {
        var limits = WireLimits()
        limits.maxConnections = 3
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            // Opened in this order: the busy one has sent nothing for longest, but has a call in flight.
            let busy = try await busyConnection(host)
            let older = try await RawPeer.handshake(port: host.port, raw: raw)
            try await older.roundTrip()
            let newer = try await RawPeer.handshake(port: host.port, raw: raw)
            try await newer.roundTrip()
            #expect(host.host.server.connectionCount == 3)

            let client = try await host.connect()
            #expect(try await client.health().status == .serving)
            let goAway = try await older.goAway()
            #expect(goAway.code == Int(StatusCode.resourceExhausted.rawValue))
            #expect(goAway.message == "closing this idle connection to admit a new one: the host is at its connection limit")
            let (rest, closed) = try await older.rest()
            #expect(closed && rest.isEmpty)
            // The others are still open: the idle one answers a PING, the busy one's call is still in flight.
            try await newer.roundTrip()
            try await cancelCall(on: busy)
            await client.close()
        }
    }
}
