import CYPHubCore
import Logging
import Testing

@Suite struct RouterTests {
    /// A method partners may call (read, aggregate) must say how its response withholds small numbers: one whose response
    /// cannot is refused when it is registered, so the host does not start.
    @Test func aPartnerReadableMethodWhoseResponseCannotWithholdSmallNumbersIsRefused() throws {
        var router = Router(moduleID: "m")
        #expect {
            try router.register(Health.Method.Check.self, access: .read(.aggregate)) { _, _ in HealthCheckResponse() }
        } throws: { error in
            "\(error)".hasPrefix(
                "method cyphub.host.v1.Health/Check (module 'm') is declared read, aggregate, so partners may call it, but its response type does not conform to SmallNumberSuppressible"
            )
        }
        // Record-level or open, partners never see it: allowed.
        try router.register(Health.Method.Check.self, access: .open) { _, _ in HealthCheckResponse() }
        #expect(router["cyphub.host.v1.Health/Check"]?.access.operation == .open)
        #expect(router["cyphub.host.v1.Health/Check"]?.partnerView == nil)
    }

    @Test func refusesADuplicateRegistrationNamingBothModules() throws {
        var first = Router(moduleID: "first")
        try first.register(Diagnostics.Method.Echo.self, access: .read(.aggregate)) { request, _ in EchoResponse(payload: request.payload) }
        var second = Router(moduleID: "second")
        try second.register(Diagnostics.Method.Echo.self, access: .read(.aggregate)) { _, _ in EchoResponse() }
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
            try first.register(Diagnostics.Method.Echo.self, access: .read(.aggregate)) { _, _ in EchoResponse() }
        }
    }

    @Test func typedHandlersRefuseARequestOfAnotherType() async throws {
        var router = Router(moduleID: "m")
        try router.register(Diagnostics.Method.Echo.self, access: .read(.aggregate)) { request, _ in EchoResponse(payload: request.payload)
        }
        guard case .unary(let input, let output, let handler) = router["cyphub.host.v1.Diagnostics/Echo"]?.handler else {
            Issue.record("not unary")
            return
        }
        #expect(input.protoName == "cyphub.host.v1.EchoRequest")
        #expect(output.protoName == "cyphub.host.v1.EchoResponse")
        let context = CallContext(method: Diagnostics.Method.Echo.descriptor, logger: Logger(label: "test"))
        await #expect { _ = try await handler(HealthCheckRequest(), context) } throws: { error in
            (error as? RPCError)?.code == .internalError
        }
        let echoed = try #require(try await handler(EchoRequest(payload: [7]), context) as? EchoResponse)
        #expect(echoed.payload == [7])
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
