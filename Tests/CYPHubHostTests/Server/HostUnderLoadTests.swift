import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import IndicatorsModule
import Foundation
import Logging
import NIOCore
import Synchronization
import Testing

/// The host under a hostile or heavy peer: isolation of costly calls, back-pressure on peers that do not read,
/// connections that send nothing. Each test here failed before the host was changed to pass it.
@Suite(.serialized) struct HostUnderLoadTests {
    let raw: RawFrames
    init() throws { raw = try RawFrames() }

    // MARK: Isolation

    /// No timing is asserted: each `Spin` holds a handler turn and a thread for two minutes, so a health check that had
    /// to wait for one could not answer before the process is killed. (`cyphub-bench --health-under-flood` measures the
    /// latency.)
    @Test func healthAnswersWhileEveryHandlerThreadIsBusyWithCostlyCalls() async throws {
        // 2 turns at once, fewer than the 8 calls that never suspend across 4 connections below.
        let host = try await HostProcess.startTestingHost(["--max-running-calls", "2"])
        let spinners = try await (0..<4).asyncMap { _ in try await CYPHubClient.connect(host: "127.0.0.1", port: host.port) }
        let spinsEnded = Counter()
        let spins = Task {
            await withTaskGroup(of: Void.self) { group in
                for client in spinners + spinners {
                    group.addTask {
                        _ = try? await client.unary(
                            TestingService.Method.Spin.self, request: SpinRequest(milliseconds: 120_000),
                            options: CallOptions(timeout: .seconds(300)))
                        spinsEnded.increment()
                    }
                }
            }
        }
        // Both turns taken: the host logs each spin as it starts.
        try await waitUntil(timeout: .seconds(60)) { host.log.components(separatedBy: "spin started").count - 1 >= 2 }
        // A cheap module call on a fresh connection now waits for a handler turn: every one is taken.
        let queued = try await CYPHubClient.connect(host: "127.0.0.1", port: host.port)
        let queuedCallEnded = Flag()
        let queuedCall = Task {
            _ = try? await queued.unary(TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 0))
            queuedCallEnded.set()
        }
        for _ in 0..<5 {
            let client = try await CYPHubClient.connect(host: "127.0.0.1", port: host.port)
            let health = try await client.health(options: CallOptions(timeout: .seconds(60)))
            #expect(health.status == .serving)
            await client.close()
        }
        // Health answered while the costly calls still held every turn.
        #expect(!queuedCallEnded.isSet, "the cheap call was not queued behind the spins: the test proved nothing")
        #expect(spinsEnded.value == 0)
        #expect(host.log.components(separatedBy: "spin started").count - 1 == 2, "more calls ran than the host's turns")
        _ = try await host.stop(signal: SIGKILL)
        await spins.value
        await queuedCall.value
    }

    // MARK: Back-pressure

    @Test func aPeerThatSendsPingsAndNeverReadsHoldsBoundedHostMemory() async throws {
        let host = try await HostProcess.start(["--limits-stalled-write-timeout-seconds", "2"])
        let before = host.residentBytes
        let connection = try RawConnection(port: host.port)
        // 100 PINGs of 4 MiB (just under the frame limit), never reading a reply.
        var ping = ByteBuffer()
        ping.writeFrame(Frame(type: .ping, callID: 0, payload: ByteBuffer(repeating: 7, count: 4 * 1024 * 1024 - 16)))
        let pings = raw.preface() + Array(repeating: Array(ping.readableBytesView), count: 100).flatMap { $0 }
        let sent = await connection.sendUntilStalled(pings, stall: .seconds(1))
        let during = host.residentBytes
        print("PING flood: host took \(sent >> 20) MiB of \(pings.count >> 20) MiB; RSS \(before >> 20) → \(during >> 20) MiB")
        #expect(sent < pings.count / 4, "the host stopped reading")
        #expect(during - before < 64 << 20, "host memory grew by \((during - before) >> 20) MiB")
        // Still not reading: after the stall timeout the host gives up on the peer, says why in its log and closes.
        try await waitUntil(timeout: .seconds(30)) { host.log.contains("took no replies") }
        #expect(host.log.contains("limits.connectionBufferBytes"))
        let (_, closed) = await connection.readUntilClosed(limit: 1 << 30)
        #expect(closed)
        try await waitUntil(timeout: .seconds(30)) { host.residentBytes - before < 64 << 20 }
        #expect(try await host.stop() == 0)
    }

    @Test func aPeerThatSendsLargeCallsAndNeverReadsHoldsBoundedHostMemory() async throws {
        let host = try await HostProcess.start(["--limits-stalled-write-timeout-seconds", "2"])
        let before = host.residentBytes
        let connection = try RawConnection(port: host.port)
        let method = "cyphub.host.v1.Diagnostics/Echo"
        let payload = [UInt8](repeating: 42, count: 2 * 1024 * 1024)
        var calls = raw.preface()
        for index in 0..<100 {
            let id = UInt32(2 * index + 1)
            calls += try raw.callStart(id: id, method: method) + raw.request(id: id, method: method, EchoRequest(payload: payload))
        }
        let sent = await connection.sendUntilStalled(calls, stall: .seconds(1))
        let during = host.residentBytes
        print("Echo flood: host took \(sent >> 20) MiB of \(calls.count >> 20) MiB; RSS \(before >> 20) → \(during >> 20) MiB")
        #expect(sent < calls.count / 4, "the host stopped reading")
        #expect(during - before < 64 << 20, "host memory grew by \((during - before) >> 20) MiB")
        connection.shutdownNow()
        try await waitUntil(timeout: .seconds(30)) { host.residentBytes - before < 64 << 20 }
        // And the host still serves.
        let client = try await CYPHubClient.connect(host: "127.0.0.1", port: host.port)
        #expect(try await client.health().status == .serving)
        await client.close()
        #expect(try await host.stop() == 0)
    }

    // MARK: Connections

    @Test func athousandIdleSocketsCannotLockOutAClient() async throws {
        var limits = WireLimits()
        limits.maxConnections = 1000
        // No timeout frees a place while the test runs: only making way for the new client can admit it.
        limits.prefaceTimeout = .seconds(300)
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let idle = try (0..<1000).map { _ in try RawConnection(port: host.port) }
            try await waitUntil(timeout: .seconds(30)) { host.host.server.connectionCount == 1000 }
            let start = ContinuousClock.now
            let client = try await host.connect()
            let health = try await client.health()
            let elapsed = ContinuousClock.now - start
            #expect(health.status == .serving)
            print("a client among 1,000 idle sockets was served after \(elapsed)")
            #expect(host.host.server.connectionCount <= 1000)
            await client.close()
            // The connection that made way was closed by the host.
            _ = idle
        }
    }

    @Test func closesAConnectionThatSendsNoPreface() async throws {
        var limits = WireLimits()
        limits.prefaceTimeout = .milliseconds(300)
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let connection = try RawConnection(port: host.port)
            let start = ContinuousClock.now
            let (bytes, closed) = await connection.readUntilClosed()
            #expect(closed)
            #expect(bytes.isEmpty)
            print("closed \(ContinuousClock.now - start) after connecting (preface timeout 300 ms)")
        }
    }

    @Test func closesAnIdleConnectionWithGoAwayAndPingsKeepItOpen() async throws {
        var limits = WireLimits()
        // Twelve pings to a timeout: a loaded machine may delay one by a second or more.
        limits.idleTimeout = .seconds(3)
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let connection = try RawConnection(port: host.port)
            try await connection.send(raw.preface())
            _ = await connection.read(count: 8)
            // A PING every 250 ms for 4 s: more than an idle timeout, and the connection stays open.
            var ping = ByteBuffer()
            ping.writeFrame(Frame(type: .ping, callID: 0, payload: ByteBuffer(bytes: [1, 2, 3, 4, 5, 6, 7, 8])))
            for _ in 0..<16 {
                try await connection.send(Array(ping.readableBytesView))
                let ack = try raw.frames(await connection.read(count: 18), skipPreface: false)
                #expect(ack.first?.type == .ping && ack.first?.flags.contains(.ack) == true)
                try await Task.sleep(for: .milliseconds(250))
            }
            // Then silence: GOAWAY, then close.
            let start = ContinuousClock.now
            let (bytes, closed) = await connection.readUntilClosed()
            #expect(closed)
            print("closed \(ContinuousClock.now - start) after the last ping (idle timeout 3 s)")
            let goAway = try raw.goAway(try #require(try raw.frames(bytes, skipPreface: false).first { $0.type == .goAway }))
            #expect(goAway.code == Int(StatusCode.unavailable.rawValue))
            #expect(goAway.message.contains("idle"))
        }
    }

    @Test func aConnectionWithACallInFlightIsNotIdle() async throws {
        var limits = WireLimits()
        limits.idleTimeout = .milliseconds(300)
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits) { host in
            let client = try await host.connect()
            let slept = try await TestingServiceClient(caller: client).sleep(SleepRequest(milliseconds: 900))
            #expect(slept.sleptMilliseconds == 900)
            await client.close()
        }
    }
}

/// A count incremented from any task.
final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func increment() { count.withLock { $0 += 1 } }
}

/// A flag set once, read from any task.
final class Flag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
