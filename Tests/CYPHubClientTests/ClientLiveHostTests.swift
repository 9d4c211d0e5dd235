import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import NIOCore
import NIOPosix
import Testing

/// The client against a real host on a loopback port.
@Suite struct ClientLiveHostTests {
    @Test func connectsByAddressAndCalls() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await bounded { try await CYPHubClient.connect(to: host.address) }
            #expect(try await client.health().status == .serving)
            #expect(try await client.echo([1, 2, 3]) == [1, 2, 3])
            await client.close()
        }
    }

    @Test func keepAlivePingsHoldAnIdleConnectionOpenPastTheHostsIdleTimeout() async throws {
        var limits = WireLimits()
        // 40 pings to an idle timeout, and event loops of their own: a loaded machine or other suites' work on NIO's
        // shared loops must not delay pings past the timeout.
        limits.idleTimeout = .seconds(4)
        let loops = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        try await TestHost.withRunning(modules: [TestingModule()], limits: limits, group: loops.next()) { host in
            let kept = try await CYPHubClient.connect(to: host.address, keepAlive: .milliseconds(100), group: loops.next())
            let plain = try await host.connect()
            let health = try await kept.health()
            #expect(health.limits?.idleTimeoutMs == 4000)
            // The last call on `plain` comes after the last on `kept`: without pings, `kept` would be closed first.
            _ = try await plain.health()
            let deadline = ContinuousClock.now + .seconds(30)
            while host.host.server.connectionCount > 1 && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(host.host.server.connectionCount == 1, "the host closed neither idle connection")
            #expect(try await kept.health().status == .serving)
            let error = await #expect(throws: RPCError.self) { try await plain.health() }
            #expect(error?.code == .unavailable)
            #expect(error?.message.contains("idle") == true)
            await kept.close()
            await plain.close()
        }
        try await loops.shutdownGracefully()
    }

    @Test func aHostShuttingDownRefusesNewCallsAndFinishesTheCallInFlight() async throws {
        let hold = HoldCalls()
        try await TestHost.withRunning(modules: [TestingModule()], interceptors: [hold], gracePeriod: .seconds(10)) { host in
            let client = try await host.connect()
            let sleeping = Task {
                try await client.unary(TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 20))
            }
            // The host holds the call until the test lets it go.
            #expect(try await hold.started.next() == "cyphub.testing.v1.TestingService/Sleep")
            host.host.server.stop()

            // Until the GOAWAY arrives a new call may cross it, and the host refuses that one itself; either way the
            // call ends UNAVAILABLE. Health checks go on until one is refused.
            _ = try await bounded {
                while true {
                    do {
                        _ = try await client.health()
                    } catch let error as RPCError where error.code == .unavailable {
                        return error
                    }
                }
            }
            // Now the GOAWAY has arrived: the client refuses a new call itself, while the sleeping call goes on.
            let refused = await rpcError { try await client.echo([1]) }
            #expect(refused?.code == .unavailable)
            #expect(refused?.message.hasPrefix("the host is going away (") == true)
            #expect(refused?.message.hasSuffix("); make new calls on a new connection") == true)
            #expect(refused?.metadata["cyphub-goaway-code"] == "14")

            hold.release.post(true)
            let slept = try await bounded { try await sleeping.value }
            #expect(slept.sleptMilliseconds == 20)
            await client.close()
        }
    }
}

/// Holds every TestingService call before its handler until released, posting its method's name as it arrives.
private struct HoldCalls: ServerInterceptor {
    let started = Mailbox<String>()
    let release = Mailbox<Bool>()

    func intercept(
        request: any ProtoMessage, context: CallContext, next: @Sendable (any ProtoMessage, CallContext) async throws -> Void
    ) async throws {
        if context.method.service == "cyphub.testing.v1.TestingService" {
            started.post(context.method.fullName)
            _ = try await release.next()
        }
        try await next(request, context)
    }
}
