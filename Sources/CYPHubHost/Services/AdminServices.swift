public import CYPHubCore
public import Foundation

/// The admin service (`cyphub.admin.v1.Admin`: principals and tokens, admin only) and the identity service
/// (`cyphub.admin.v1.Identity/WhoAmI`, any authenticated principal).
///
/// Every change is written to the database and then loaded into the directory before the answer is sent, so a
/// principal revoked over the wire is refused from the next call on.
struct AdminServices: Sendable {
    let store: PrincipalStore
    let directory: PrincipalDirectory

    func register(with router: inout Router) throws {
        let services = self
        try router.register(Admin.Method.AddPrincipal.self, access: .admin) { request, _ in try await services.add(request) }
        try router.register(Admin.Method.ListPrincipals.self, access: .admin) { _, _ in
            ListPrincipalsResponse(principals: try await services.store.list().map(PrincipalInfo.init))
        }
        try router.register(Admin.Method.RevokePrincipal.self, access: .admin) { request, _ in try await services.revoke(request) }
        try router.register(Admin.Method.RotateToken.self, access: .admin) { request, _ in try await services.rotate(request) }
        try router.register(Identity.Method.WhoAmI.self, access: .read(.aggregate)) { _, context in
            WhoAmIResponse(context.principal, certificateSubject: context.clientCertificateSubject)
        }
    }

    func add(_ request: AddPrincipalRequest) async throws -> AddPrincipalResponse {
        let issued = try await store.add(try NewPrincipal(request))
        try await directory.reload()
        return AddPrincipalResponse(principal: PrincipalInfo(issued.principal), token: issued.token)
    }

    func revoke(_ request: RevokePrincipalRequest) async throws -> RevokePrincipalResponse {
        let response = try await store.revoke(request)
        try await directory.reload()
        return response
    }

    func rotate(_ request: RotateTokenRequest) async throws -> RotateTokenResponse {
        let response = try await store.rotate(request)
        try await directory.reload()
        return response
    }
}

extension PrincipalStore {
    /// Revokes what `request` names (a principal, or one token by its prefix) and answers as the admin service does.
    public func revoke(_ request: RevokePrincipalRequest) async throws -> RevokePrincipalResponse {
        let (principal, revoked) =
            request.tokenPrefix.isEmpty
            ? try await revoke(name: request.name) : try await revokeToken(name: request.name, prefix: request.tokenPrefix)
        return RevokePrincipalResponse(principal: PrincipalInfo(principal), tokensRevoked: UInt32(clamping: revoked))
    }

    /// Rotates as `request` says and answers as the admin service does.
    public func rotate(_ request: RotateTokenRequest) async throws -> RotateTokenResponse {
        let issued = try await rotate(name: request.name, keepOld: request.keepOld)
        return RotateTokenResponse(
            principal: PrincipalInfo(issued.principal), token: issued.token, tokensRevoked: UInt32(clamping: issued.revokedTokens))
    }
}

extension NewPrincipal {
    /// The principal an AddPrincipal request (or `principals add`'s arguments) describes, checked.
    public init(_ request: AddPrincipalRequest, now: Date = Date()) throws(RPCError) {
        try self.init(
            name: request.name, role: request.role, authorities: request.authorities, expires: request.expires,
            certificateSubject: request.certificateSubject, note: request.note, now: now)
    }
}

extension PrincipalInfo {
    /// A stored principal as the admin service sends it (and `cyphub principals` prints it).
    public init(_ record: PrincipalRecord) {
        self.init(
            name: record.name, role: record.role.rawValue, allAuthorities: record.authorities == .all,
            authorities: record.authorities.codes, expiresAt: record.expiresAt.timestamp, revokedAt: record.revokedAt.timestamp,
            createdAt: record.createdAt.ISO8601Format(), certificateSubject: record.certificateSubject ?? "", note: record.note ?? "",
            tokens: record.tokens.map { token in
                TokenInfo(
                    id: UInt64(clamping: token.id), prefix: token.prefix, createdAt: token.createdAt.ISO8601Format(),
                    revokedAt: token.revokedAt.timestamp)
            })
    }
}

extension WhoAmIResponse {
    /// The call's principal.
    init(_ principal: Principal, certificateSubject: String) {
        self.init(
            name: principal.name, role: principal.role.rawValue, allAuthorities: principal.authorities == .all,
            authorities: principal.authorities.codes, expiresAt: principal.expiresAt.timestamp, certificateSubject: certificateSubject)
    }
}

extension AuthoritySet {
    /// The codes, sorted; empty for every authority.
    var codes: [String] {
        switch self {
        case .all: []
        case .only(let codes): codes.sorted()
        }
    }
}

extension Date? {
    /// ISO 8601 in UTC (`2027-04-01T00:00:00Z`), or empty for none.
    var timestamp: String { map { $0.ISO8601Format() } ?? "" }
}
