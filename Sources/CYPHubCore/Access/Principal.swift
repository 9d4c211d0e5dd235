public import Foundation

/// What a principal is allowed to be: the three roles of docs/security.md.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    /// Everything, including the admin service (principals, audit log).
    case admin
    /// Every module method, imports included, for the authorities it holds.
    case `internal`
    /// Read-only, aggregate methods for the authorities it holds, with small numbers suppressed.
    case partner
}

/// The authorities a principal may act for: every one, or a list of ONS codes.
public enum AuthoritySet: Sendable, Hashable {
    /// Every authority.
    case all
    /// Only these codes (upper case).
    case only(Set<String>)

    /// Whether `code` (any case) is one of them.
    public func contains(_ code: String) -> Bool {
        switch self {
        case .all: true
        case .only(let codes): codes.contains(code.uppercased())
        }
    }

    /// Parses `*` / `all` or a comma-separated list of codes; `nil` when a code is not `E` and 8 digits.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "*" || trimmed.lowercased() == "all" {
            self = .all
            return
        }
        var codes = Set<String>()
        for part in trimmed.split(separator: ",") {
            let code = part.trimmingCharacters(in: .whitespaces).uppercased()
            guard AuthorityCode.isValid(code) else { return nil }
            codes.insert(code)
        }
        guard !codes.isEmpty else { return nil }
        self = .only(codes)
    }

    /// `*` or the codes, sorted and comma-separated: the form ``init(parsing:)`` reads and the database stores.
    public var text: String {
        switch self {
        case .all: "*"
        case .only(let codes): codes.sorted().joined(separator: ",")
        }
    }
}

/// Who a call runs as: resolved by the host from the call's bearer token or client certificate before the handler
/// runs, and handed to it in ``CallContext/principal``.
public struct Principal: Sendable, Hashable {
    /// The principal's unique name, e.g. `leicester-partner`.
    public var name: String
    /// What it may do.
    public var role: Role
    /// The authorities it may act for.
    public var authorities: AuthoritySet
    /// When its credentials stop working; `nil` for never.
    public var expiresAt: Date?
    /// Whether it has been revoked.
    public var revoked: Bool

    /// Creates a principal.
    public init(name: String, role: Role, authorities: AuthoritySet, expiresAt: Date? = nil, revoked: Bool = false) {
        self.name = name
        self.role = role
        self.authorities = authorities
        self.expiresAt = expiresAt
        self.revoked = revoked
    }

    /// Who calls run as on a host that does not require authentication (`auth.required: false`, loopback only) and
    /// present no credentials: an admin for every authority, named so in the audit log.
    public static let anonymous = Principal(name: "anonymous", role: .admin, authorities: .all)

    /// Who a call to an open method (the health check) runs as on a host that requires authentication: nobody, with
    /// the least a principal can be (a partner for no authority); named so in the audit log.
    public static let unauthenticated = Principal(name: "unauthenticated", role: .partner, authorities: .only([]))
}
