import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Foundation
import Logging
import ServiceLifecycle
import Testing

/// Shutdown as a client sees it through raw frames: GOAWAY with the last call id, new calls refused while calls in
/// flight finish, health NOT_SERVING while draining, the grace period, SIGTERM on the real binary, and the order in
/// which the real `ServiceGroup` stops the server, the modules' services and the database.
@Suite struct HostShutdownTests {
    static let sleep = "cyphub.testing.v1.TestingService/Sleep"
    static let echo = "cyphub.host.v1.Diagnostics/Echo"
    static let health = "cyphub.host.v1.Health/Check"

    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    func sleepCall(_ id: UInt32, milliseconds: UInt32) throws -> [UInt8] {
        try raw.callStart(id: id, method: Self.sleep) + raw.request(id: id, method: Self.sleep, SleepRequest(milliseconds: milliseconds))
    }

    /// Runs a health check on `peer`'s connection and returns the answer.
    func health(on peer: RawPeer, id: UInt32) async throws -> HealthCheckResponse {
        try await peer.send(raw.callStart(id: id, method: Self.health) + raw.request(id: id, method: Self.health, HealthCheckRequest()))
        let response = try await peer.message(id, as: HealthCheckResponse.self, method: Self.health)
        let status = try await peer.callEnd(id)
        #expect(status.code == 0)
        return response
    }

    /// The host's GOAWAY at shutdown.
    func expectShutdownGoAway(_ goAway: GoAway, lastCallID: UInt32) {
        #expect(goAway.code == Int(StatusCode.unavailable.rawValue))
        #expect(goAway.message == "host is shutting down")
        #expect(goAway.lastCallId == lastCallID)
    }

    @Test func shutdownSendsGoAwayWithTheLastCallIDThenCloses() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            #expect(try await health(on: peer, id: 1).status == .serving)
            #expect(try await health(on: peer, id: 9).status == .serving)
            host.host.server.stop()
            expectShutdownGoAway(try await peer.goAway(), lastCallID: 9)
            let (rest, closed) = try await peer.rest()
            #expect(closed && rest.isEmpty)
        }
    }

    @Test func aDrainingHostRefusesNewCallsAnswersHealthNotServingAndFinishesCallsInFlight() async throws {
        let gate = CallGate(method: Self.sleep)
        try await TestHost.withRunning(modules: [TestingModule()], interceptors: [gate], gracePeriod: .seconds(60)) { host in
            defer { gate.open() }
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            try await peer.send(try sleepCall(1, milliseconds: 20))
            try await waitUntil { gate.entered == 1 }
            host.host.server.stop()
            expectShutdownGoAway(try await peer.goAway(), lastCallID: 1)

            try await peer.send(raw.callStart(id: 3, method: Self.echo) + raw.request(id: 3, method: Self.echo, EchoRequest(payload: [1])))
            let refused = try await peer.callEnd(3)
            #expect(refused.code == Int(StatusCode.unavailable.rawValue))
            #expect(refused.message == "host is shutting down; retry on another connection")
            // Monitors still get an answer, and it says the host is going.
            let health = try await health(on: peer, id: 5)
            #expect(health.status == .notServing)
            #expect(health.modules.map(\.status) == [.notServing])
            // A new connection is not accepted: the listener is closed.
            #expect(throws: RawConnectionError.self) { _ = try RawConnection(port: host.port) }

            // The call in flight finishes, then the host closes the connection.
            gate.open()
            let slept = try await peer.message(1, as: SleepResponse.self, method: Self.sleep)
            #expect(slept.sleptMilliseconds == 20)
            #expect(try await peer.callEnd(1).code == 0)
            let (rest, closed) = try await peer.rest()
            #expect(closed && rest.isEmpty)
        }
    }

    @Test func theGracePeriodCancelsWhatIsLeft() async throws {
        let module = TestingModule()
        let lines = Recorder()
        var logger = Logger(label: "test") { _ in CapturingHandler(lines: lines) }
        logger.logLevel = .warning
        try await TestHost.withRunning(modules: [module], logger: logger, gracePeriod: .milliseconds(300)) { host in
            let peer = try await RawPeer.handshake(port: host.port, raw: raw)
            try await peer.send(try sleepCall(1, milliseconds: 60_000))
            try await peer.roundTrip()
            host.host.server.stop()
            expectShutdownGoAway(try await peer.goAway(), lastCallID: 1)
            // No CALL_END: the host closes the connection when the grace period is over, cancelling the handler.
            let (rest, closed) = try await peer.rest()
            #expect(closed)
            #expect(rest.isEmpty, "\(rest.map { "\($0.type) \($0.callID)" })")
            try await waitUntil { module.cancellations.count == 1 }
            #expect(lines.lines.contains("grace period over: closing 1 connections and cancelling their calls"))
        }
    }

    @Test func sigtermOnTheRealBinarySendsGoAwayDrainsAndExitsZero() async throws {
        let process = try await HostProcess.start()
        let peer = try await RawPeer.handshake(port: process.port, raw: raw)
        #expect(try await health(on: peer, id: 1).status == .serving)
        let exit = Task { try await process.stop(signal: SIGTERM) }
        expectShutdownGoAway(try await peer.goAway(), lastCallID: 1)
        let (rest, closed) = try await peer.rest()
        #expect(closed && rest.isEmpty)
        #expect(try await exit.value == 0)
        let log = process.log.split(separator: "\n").map(String.init)
        let shuttingDown = log.firstIndex { $0.contains("shutting down: no new connections") }
        let stopped = log.firstIndex { $0.hasSuffix(" stopped") }
        let databaseClosed = log.firstIndex { $0.hasSuffix(" database closed") }
        #expect(shuttingDown != nil && stopped != nil && databaseClosed != nil, "\(log)")
        if let shuttingDown, let stopped, let databaseClosed {
            #expect(shuttingDown < stopped && stopped < databaseClosed, "\(log)")
        }
    }

    @Test func theServiceGroupDrainsTheServerBeforeStoppingServicesAndClosesTheDatabaseLast() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-order-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0), dataDirectory: directory, enabledModules: ["testing"],
            shutdownGracePeriod: .seconds(60), source: "test"
        )
        let events = EventRecorder()
        let gate = CallGate(method: Self.sleep)
        defer { gate.open() }
        // Log lines go into the module's events, so both share one order.
        var logger = Logger(label: "test") { _ in CapturingHandler { events.record("log: \($0)") } }
        logger.logLevel = .info
        let host = try await HubHost.make(
            configuration: configuration, modules: [TestingModule(events: events)], interceptors: [gate], logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: host.services, logger: Logger(label: "group") { _ in SwiftLogNoOpLogHandler() }))
        let running = Task { try await group.run() }
        let port = try await host.server.listeningPort()
        try await waitUntil { events.events.contains("background started") }

        let peer = try await RawPeer.handshake(port: port, raw: raw)
        try await peer.send(try sleepCall(1, milliseconds: 20))
        try await waitUntil { gate.entered == 1 }
        await group.triggerGracefulShutdown()
        expectShutdownGoAway(try await peer.goAway(), lastCallID: 1)
        #expect(try await health(on: peer, id: 3).status == .notServing)
        #expect(!events.events.contains("background stopped"), "a module service stopped while the server was draining")

        gate.open()
        #expect(try await peer.message(1, as: SleepResponse.self, method: Self.sleep).sleptMilliseconds == 20)
        #expect(try await peer.callEnd(1).code == 0)
        #expect(try await peer.rest().closed)
        try await running.value

        let order = events.events.compactMap { event -> String? in
            if event.hasPrefix("log: shutting down") { return "shutting down" }
            if ["sleep finished", "background started", "background stopped", "log: stopped", "log: database closed"].contains(event) {
                return event
            }
            return nil
        }
        #expect(
            order == [
                "background started", "shutting down", "sleep finished", "log: stopped", "background stopped", "log: database closed",
            ])
        // Closed last, and for good.
        await #expect {
            _ = try await host.storage.read { db in try db.row("SELECT 1 AS one") }
        } throws: { error in
            "\(error)".contains("Connection is closed")
        }
    }
}
