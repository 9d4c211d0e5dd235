import CYPHubCore
import CYPHubTesting
import Testing

/// The one test harness: the same test body in process (the real codec, no socket) and against a live host.
@Suite struct TestHostModesTests {
    @Test(arguments: TestHost.Mode.allCases)
    func theSameCallsAnswerTheSameInBothModes(mode: TestHost.Mode) async throws {
        try await TestHost.withRunning(modules: [TestingModule()], mode: mode) { host in
            let caller = try await host.caller()
            let slept = try await caller.unary(TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 1))
            #expect(slept.sleptMilliseconds == 1)
            let blob = try await caller.unary(TestingService.Method.Blob.self, request: BlobRequest(size: 3_000))
            #expect(blob.data.count == 3_000)
            #expect(blob.text.hasPrefix("children in need per 10,000"))
            let numbers = NumberBox()
            try await caller.serverStreaming(
                TestingService.Method.Count.self, request: CountRequest(count: 4), options: .defaults
            ) { numbers.append($0.number) }
            #expect(numbers.values == [1, 2, 3, 4])
            let health = try await caller.unary(Health.Method.Check.self, request: HealthCheckRequest(module: "testing"))
            #expect(health.status == .serving)
            await #expect {
                _ = try await caller.unary(Health.Method.Check.self, request: HealthCheckRequest(module: "nope"))
            } throws: { error in
                (error as? RPCError)?.code == .notFound
            }
        }
    }
}

/// Numbers appended by a streaming callback.
private final class NumberBox: @unchecked Sendable {
    // @unchecked: appended to by one call's callback in order, read after it ends.
    var values: [UInt32] = []
    func append(_ value: UInt32) { values.append(value) }
}
