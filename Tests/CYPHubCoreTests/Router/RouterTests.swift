import CYPHubCore
import Logging
import Testing

@Suite struct RouterTests {
    struct Ping: Codable, Sendable { var text: String }

    static let ping = MethodDescriptor(service: "cyphub.test.v1.Pings", method: "Ping")

    @Test func refusesADuplicateRegistrationNamingBothModules() throws {
        var first = Router(moduleID: "first")
        try first.register(Diagnostics.Method.Echo.self) { request, _ in EchoResponse(payload: request.payload) }
        var second = Router(moduleID: "second")
        try second.register(Diagnostics.Method.Echo.self) { _, _ in EchoResponse() }
        var merged = Router(moduleID: "host")
        try merged.merge(first)
        #expect {
            try merged.merge(second)
        } throws: { error in
            "\(error)" == "method cyphub.host.v1.Diagnostics/Echo is registered twice (by module 'first' and by module 'second')"
        }
        #expect(merged["cyphub.host.v1.Diagnostics/Echo"]?.moduleID == "first")
        // Twice in one router is refused too.
        #expect(throws: RouterError.self) {
            try first.register(Diagnostics.Method.Echo.self) { _, _ in EchoResponse() }
        }
    }

    @Test func turnsUndecodableRequestsIntoInvalidArgument() async throws {
        var router = Router(moduleID: "m")
        try router.registerUnary(Self.ping, request: Ping.self, response: Ping.self) { request, _ in request }
        guard case .unary(let handler) = router["cyphub.test.v1.Pings/Ping"]?.handler else {
            Issue.record("not unary")
            return
        }
        let context = CallContext(method: Self.ping, logger: Logger(label: "test"))
        await #expect { _ = try await handler(ProtoFields(["text": .int(3)]), context) } throws: { error in
            (error as? RPCError)?.code == .invalidArgument
        }
        let echoed = try await handler(ProtoFields(["text": .string("hi")]), context)
        #expect(echoed["text"] == .string("hi"))
    }

    @Test func parsesMethodNames() {
        let method = MethodDescriptor(fullName: "cyphub.socialcare.v1.SocialCare/GetSnapshot")
        #expect(method?.protoPackage == "cyphub.socialcare.v1")
        #expect(MethodDescriptor(fullName: "nonsense") == nil)
        #expect(MethodDescriptor(fullName: "a/b/c") == nil)
    }

    @Test func mapsErrorsToStatusesInOnePlace() {
        #expect(RPCError(wrapping: CancellationError()).code == .cancelled)
        #expect(RPCError(wrapping: ImportError(ImportIssue(file: "f", line: 2, column: "c", reason: "r"))).code == .invalidArgument)
        struct Oops: Error {}
        #expect(RPCError(wrapping: Oops()).code == .internalError)
        #expect(StatusCode(rawValue: 9) == .failedPrecondition)
        #expect(StatusCode(rawValue: 99) == .unknown)
        #expect(StatusCode.allCases.count == 17)
    }
}
