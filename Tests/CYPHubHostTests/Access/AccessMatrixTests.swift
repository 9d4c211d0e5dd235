import CYPHubClient
import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubTesting
import CYPHubWire
import NIOCore
import Testing

/// Every method the host serves × every role × a request for the principal's own authority, another authority, and
/// another authority by a principal holding all — each call made over TCP with a real token and expected to be allowed
/// or denied by the rules of docs/security.md, written out here independently of the host's code. The methods come
/// from the host's own table, so a method added later is in the matrix without anyone remembering to add it.
@Suite struct AccessMatrixTests {
    static let own = "E06000016"
    static let other = "E10000018"

    enum Scope: String, CaseIterable {
        /// A principal for Leicester asks about Leicester.
        case own
        /// A principal for Leicester asks about Leicestershire.
        case other
        /// A principal for every authority asks about Leicestershire.
        case all
    }

    /// The rule of docs/security.md's role table: whether `role` may make the call.
    static func allowed(_ access: MethodAccess, role: Role, scope: Scope) -> Bool {
        let roleMay: Bool =
            switch access.operation {
            case .open: true
            case .admin: role == .admin
            case .write: role == .admin || role == .internal
            case .read: role != .partner || access.level == .aggregate
            }
        guard roleMay else { return false }
        switch access.authority {
        case .none, .rowsOfFile: return true
        case .allAuthorities: return scope == .all
        case .field: return scope != .other
        }
    }

    @Test func everyMethodEveryRoleEveryAuthority() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all + [TestingModule()], authRequired: true) { host in
            var tokens: [String: String] = [:]
            for role in Role.allCases {
                for scope in Scope.allCases where scope != .other {
                    let name = "\(role.rawValue)-\(scope.rawValue)"
                    tokens[name] = try await host.issueToken(
                        name: name, role: role, authorities: scope == .all ? "all" : Self.own)
                }
            }
            let client = try await host.connect()
            let schema = try ProtoSchema.load()
            var calls = 0
            var denied = 0
            for method in host.host.methods {
                let name = method.descriptor.fullName
                let methodSchema = try #require(schema.method(name))
                let input: any ProtoMessage.Type =
                    switch method.handler {
                    case .unary(let type, _, _), .serverStreaming(let type, _, _), .clientStreaming(let type, _, _): type
                    }
                let endStream = method.kind == .clientStreaming
                for role in Role.allCases {
                    for scope in Scope.allCases {
                        var request = input.init()
                        if case .field(_, _, let set) = method.access.authority {
                            request = set(request, scope == .own ? Self.own : Self.other)
                        }
                        let token = try #require(tokens["\(role.rawValue)-\(scope == .all ? "all" : "own")"])
                        let status = try await client.call(name, request, schema: methodSchema, token: token, endStream: endStream)
                        calls += 1
                        let what = "\(name) as \(role.rawValue), \(scope.rawValue) authority: \(status.code) \(status.message)"
                        #expect(status.code != .unauthenticated, "\(what)")
                        if Self.allowed(method.access, role: role, scope: scope) {
                            #expect(status.code != .permissionDenied, "expected allowed: \(what)")
                        } else {
                            denied += 1
                            #expect(status.code == .permissionDenied, "expected denied: \(what)")
                            #expect(status.message.contains(name), "\(what)")
                        }
                    }
                }
                // Without credentials, only the open methods answer.
                let anonymous = try await client.call(name, input.init(), schema: methodSchema, token: nil, endStream: endStream)
                if method.access.operation == .open {
                    #expect(anonymous.code != .unauthenticated, "\(name): \(anonymous.message)")
                } else {
                    #expect(anonymous.code == .unauthenticated, "\(name): \(anonymous.code) \(anonymous.message)")
                }
            }
            // Every method of every module took part, and the matrix both allowed and denied.
            #expect(host.host.methods.count >= 40)
            #expect(calls == host.host.methods.count * Role.allCases.count * Scope.allCases.count)
            #expect(denied > 0 && denied < calls)
            await client.close()
        }
    }
}

extension CYPHubClient {
    /// Calls `name` with `request` (of whichever type) and the bearer `token`; the status it ended with.
    func call(_ name: String, _ request: any ProtoMessage, schema: MethodSchema, token: String?, endStream: Bool = false) async throws -> (
        code: StatusCode, message: String
    ) {
        var payload = ByteBuffer()
        try schema.input.encode(request, into: &payload)
        let metadata = token.map { ["authorization": "Bearer \($0)"] } ?? [:]
        let status = try await rawCall(
            name, request: payload, options: CallOptions(timeout: .seconds(60), metadata: metadata), endStream: endStream
        ).status
        return (StatusCode(rawValue: Int32(status.code)), status.message)
    }
}
