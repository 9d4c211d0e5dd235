import CYPHubCore
import CYPHubTesting
import Logging
import Synchronization
import Testing

/// The hook around every call: interceptors run in order around the handler, see the decoded request and the
/// context, and can refuse a call; failure logging runs through it.
@Suite struct InterceptorTests {
    /// Records what it sees; refuses calls whose metadata says `deny`.
    struct Recording: ServerInterceptor {
        let name: String
        let seen: Recorder

        func intercept(
            request: any ProtoMessage, context: CallContext,
            next: @Sendable (any ProtoMessage, CallContext) async throws -> Void
        ) async throws {
            seen.append("\(name) before \(context.method.method) \(type(of: request))")
            if context.metadata["x-deny"] == name {
                throw RPCError(code: .permissionDenied, message: "\(name) refused the call")
            }
            try await next(request, context)
            seen.append("\(name) after")
        }
    }

    @Test(arguments: TestHost.Mode.allCases)
    func interceptorsRunInOrderAroundTheHandlerAndMayRefuse(mode: TestHost.Mode) async throws {
        let seen = Recorder()
        let interceptors: [any ServerInterceptor] = [Recording(name: "outer", seen: seen), Recording(name: "inner", seen: seen)]
        try await TestHost.withRunning(modules: [TestingModule()], mode: mode, interceptors: interceptors) { host in
            let caller = try await host.caller()
            _ = try await caller.unary(TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 1))
            #expect(seen.lines == ["outer before Sleep SleepRequest", "inner before Sleep SleepRequest", "inner after", "outer after"])
            seen.clear()
            await #expect {
                _ = try await caller.unary(
                    TestingService.Method.Sleep.self, request: SleepRequest(milliseconds: 1),
                    options: CallOptions(metadata: ["x-deny": "inner"]))
            } throws: { error in
                (error as? RPCError)?.code == .permissionDenied && (error as? RPCError)?.message == "inner refused the call"
            }
            // The handler never ran: the outer interceptor saw the refusal, nothing came after.
            #expect(seen.lines == ["outer before Sleep SleepRequest", "inner before Sleep SleepRequest"])
        }
    }

    @Test(arguments: TestHost.Mode.allCases)
    func failuresAreLoggedOnceThroughTheHook(mode: TestHost.Mode) async throws {
        let lines = Recorder()
        var logger = Logger(label: "test") { _ in CapturingHandler(lines: lines) }
        logger.logLevel = .notice
        try await TestHost.withRunning(modules: [TestingModule()], mode: mode, logger: logger) { host in
            let caller = try await host.caller()
            await #expect(throws: RPCError.self) {
                _ = try await caller.unary(Health.Method.Check.self, request: HealthCheckRequest(module: "nope"))
            }
            _ = try await caller.unary(Health.Method.Check.self, request: HealthCheckRequest())
        }
        let failures = lines.lines.filter { $0.hasPrefix("call failed") }
        #expect(failures.count == 1)
        #expect(failures.first?.contains("method=cyphub.host.v1.Health/Check") == true)
        #expect(failures.first?.contains("code=NOT_FOUND") == true)
    }
}

/// Lines appended from any task.
final class Recorder: Sendable {
    private let storage = Mutex<[String]>([])
    func append(_ line: String) { storage.withLock { $0.append(line) } }
    func clear() { storage.withLock { $0.removeAll() } }
    var lines: [String] { storage.withLock { $0 } }
}

/// A log handler that hands each message to `record` (a ``Recorder`` by default).
struct CapturingHandler: LogHandler {
    let record: @Sendable (String) -> Void
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    init(lines: Recorder) { record = { lines.append($0) } }

    init(record: @escaping @Sendable (String) -> Void) { self.record = record }

    func log(event: LogEvent) {
        record("\(event.message)")
    }
}
