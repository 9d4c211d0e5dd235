import CYPHubClient
import CYPHubCore
import CYPHubTesting
import Foundation
import Testing

@testable import CYPHubHost

/// The admin service over the wire (a live host, the real client): each change is stored and in the host's directory
/// before the answer arrives; refusals carry their status and message; WhoAmI answers with the call's principal; the
/// client's token travels as `authorization: Bearer …`.
///
/// Until the host authenticates calls (AccessControl), every call runs as `Principal.anonymous`, an admin: these tests
/// call the admin service so. With AccessControl merged, the same calls need an admin's token, and WhoAmI answers with
/// the token's principal (see `whoAmIAnswersWithTheCallsPrincipal`).
@Suite(.timeLimit(.minutes(2))) struct AdminServiceTests {
    @Test func addListRotateRevokeOverTheWireAndTheDirectoryFollowsAtOnce() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await host.connect()
            defer { Task { await client.close() } }
            let admin = AdminClient(caller: client)
            let directory = host.host.principals

            let added = try await admin.addPrincipal(
                AddPrincipalRequest(
                    name: "leicester", role: "partner", authorities: "E06000016,E10000018", expires: "2099-12-31",
                    certificateSubject: "CN=leicester,O=Leicester City Council", note: "partner"))
            let principal = try #require(added.principal)
            #expect(principal.name == "leicester" && principal.role == "partner")
            #expect(!principal.allAuthorities && principal.authorities == ["E06000016", "E10000018"])
            #expect(principal.expiresAt == "2100-01-01T00:00:00Z")
            #expect(principal.tokens.map(\.prefix) == [String(added.token.prefix(8))])
            let expected = Principal(
                name: "leicester", role: .partner, authorities: .only(["E06000016", "E10000018"]),
                expiresAt: ISO8601DateFormatter().date(from: "2100-01-01T00:00:00Z"))
            #expect(directory.principal(bearerToken: added.token) == .found(expected))
            #expect(directory.principal(certificateSubject: "CN=leicester,O=Leicester City Council") == .found(expected))

            let listed = try await admin.listPrincipals(ListPrincipalsRequest())
            #expect(listed.principals == [principal])

            let kept = try await admin.rotateToken(RotateTokenRequest(name: "leicester", keepOld: true))
            #expect(kept.tokensRevoked == 0)
            #expect(directory.principal(bearerToken: added.token) == .found(expected))
            #expect(directory.principal(bearerToken: kept.token) == .found(expected))
            let switched = try await admin.revokePrincipal(
                RevokePrincipalRequest(name: "leicester", tokenPrefix: String(added.token.prefix(8))))
            #expect(switched.tokensRevoked == 1 && switched.principal?.revokedAt == "")
            #expect(directory.principal(bearerToken: added.token) == .revoked("leicester"))
            #expect(directory.principal(bearerToken: kept.token) == .found(expected))
            let rotated = try await admin.rotateToken(RotateTokenRequest(name: "leicester"))
            #expect(rotated.tokensRevoked == 1)
            #expect(directory.principal(bearerToken: kept.token) == .revoked("leicester"))
            #expect(directory.principal(bearerToken: rotated.token) == .found(expected))

            let revoked = try await admin.revokePrincipal(RevokePrincipalRequest(name: "leicester"))
            #expect(revoked.tokensRevoked == 1)
            #expect(revoked.principal?.revokedAt.isEmpty == false)
            #expect(directory.principal(bearerToken: rotated.token) == .revoked("leicester"))
        }
    }

    @Test func refusalsCarryTheirStatusAndMessage() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await host.connect()
            defer { Task { await client.close() } }
            let admin = AdminClient(caller: client)
            _ = try await admin.addPrincipal(AddPrincipalRequest(name: "ops", role: "admin", authorities: "all"))

            var error = await refusal {
                _ = try await admin.addPrincipal(AddPrincipalRequest(name: "Ops", role: "admin", authorities: "all"))
            }
            #expect(error?.code == .alreadyExists)
            #expect(error?.message == "a principal named 'ops' already exists (names ignore case)")
            error = await refusal { _ = try await admin.addPrincipal(AddPrincipalRequest(name: "x", role: "root", authorities: "all")) }
            #expect(error?.code == .invalidArgument)
            #expect(error?.message == "role: 'root' is not a role (admin, internal or partner)")
            error = await refusal {
                _ = try await admin.addPrincipal(AddPrincipalRequest(name: "x", role: "partner", authorities: "E06000016,S12000033"))
            }
            #expect(error?.code == .invalidArgument)
            #expect(
                error?.message == "authorities: 'S12000033' is not a local authority code (E followed by 8 digits, e.g. E06000016), nor all"
            )
            error = await refusal { _ = try await admin.revokePrincipal(RevokePrincipalRequest(name: "nobody")) }
            #expect(error?.code == .notFound)
            #expect(error?.message == "no principal named 'nobody'")
            error = await refusal { _ = try await admin.rotateToken(RotateTokenRequest(name: "nobody")) }
            #expect(error?.code == .notFound)
            #expect(try await admin.listPrincipals(ListPrincipalsRequest()).principals.map(\.name) == ["ops"])
        }
    }

    @Test func whoAmIAnswersWithTheCallsPrincipal() async throws {
        try await TestHost.withRunning(modules: [TestingModule()]) { host in
            let client = try await host.connect()
            defer { Task { await client.close() } }
            let answer = try await IdentityClient(caller: client).whoAmI(WhoAmIRequest())
            // No credentials, on a host that does not require them: the anonymous admin.
            #expect(answer == WhoAmIResponse(name: "anonymous", role: "admin", allAuthorities: true))
            // A token's call answers with its principal.
            let token = try await host.issueToken(name: "leics-partner", role: .partner, authorities: "E06000016,E10000018")
            let partner = try await host.connect(token: token)
            defer { Task { await partner.close() } }
            let mine = try await IdentityClient(caller: partner).whoAmI(WhoAmIRequest())
            #expect(mine.name == "leics-partner")
            #expect(mine.role == "partner")
            #expect(mine.authorities == ["E06000016", "E10000018"])
            #expect(!mine.allAuthorities)
        }
    }

    @Test func theAdminAndIdentityServicesAreDeclaredAdminAndAggregateRead() async throws {
        try await TestHost.withRunning(modules: [TestingModule()], mode: .inProcess) { host in
            let methods = Dictionary(uniqueKeysWithValues: host.host.server.dispatchTable.entries.map { ($0.key, $0.value.method) })
            for descriptor in Admin.methods {
                #expect(methods[descriptor.fullName]?.access.operation == .admin, "\(descriptor)")
            }
            let whoAmI = try #require(methods[Identity.Method.WhoAmI.descriptor.fullName])
            #expect(whoAmI.access.operation == .read && whoAmI.access.level == .aggregate)
            #expect(host.host.listing.modules.first?.methods.map(\.name).contains("cyphub.admin.v1.Admin/RotateToken") == true)
        }
    }

    @Test func theClientSendsItsTokenWithEveryCallUnlessTheCallSetsItsOwn() async throws {
        let seen = Recorder()
        try await TestHost.withRunning(modules: [TestingModule()], interceptors: [MetadataRecorder(seen: seen)]) { host in
            let secret = try await host.issueToken(name: "reader", role: .partner, authorities: "E06000016")
            let other = try await host.issueToken(name: "other", role: .partner, authorities: "E06000016")
            let client = try await host.connect(token: secret)
            defer { Task { await client.close() } }
            _ = try await client.health()
            _ = try await IdentityClient(caller: client).whoAmI(WhoAmIRequest())
            _ = try await client.unary(
                Identity.Method.WhoAmI.self, request: WhoAmIRequest(), options: CallOptions(metadata: ["authorization": "Bearer \(other)"]))
            #expect(seen.lines == ["Bearer \(secret)", "Bearer \(secret)", "Bearer \(other)"])

            let anonymous = try await host.connect()
            defer { Task { await anonymous.close() } }
            _ = try await anonymous.health()
            #expect(seen.lines.last == "(none)")

            let error = await refusal { _ = try await CYPHubClient.connect(host: "127.0.0.1", port: host.port, token: "cyp_a\nb") }
            #expect(error?.code == .invalidArgument)
            #expect(error?.message == "the token holds a space or a control character (a line break?): give it on one line")
        }
    }
}

/// Records each call's `authorization` metadata.
struct MetadataRecorder: ServerInterceptor {
    let seen: Recorder

    func intercept(
        request: any ProtoMessage, context: CallContext, next: @Sendable (any ProtoMessage, CallContext) async throws -> Void
    ) async throws {
        seen.append(context.metadata["authorization"] ?? "(none)")
        try await next(request, context)
    }
}
