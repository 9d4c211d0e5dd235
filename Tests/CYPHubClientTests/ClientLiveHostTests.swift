import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
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
