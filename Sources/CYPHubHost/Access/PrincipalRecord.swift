public import CYPHubCore
public import Foundation

/// A principal as the database holds it, with its tokens (never their secrets): what `cyphub principals list` and the
/// admin service show.
public struct PrincipalRecord: Sendable, Hashable {
    /// One of a principal's bearer tokens, as listed.
    public struct Token: Sendable, Hashable {
        /// The token's row id.
        public var id: Int64
        /// Its first characters, `cyp_AbCd` (not secret).
        public var prefix: String
        /// When it was issued.
        public var createdAt: Date
        /// When it was revoked; nil while it works.
        public var revokedAt: Date?
    }

    /// The unique name.
    public var name: String
    /// Its role.
    public var role: Role
    /// The authorities it may act for.
    public var authorities: AuthoritySet
    /// When it stops working; nil for never.
    public var expiresAt: Date?
    /// When it was revoked; nil while it is not.
    public var revokedAt: Date?
    /// When it was added.
    public var createdAt: Date
    /// The mutual-TLS client-certificate subject mapped to it, if any.
    public var certificateSubject: String?
    /// A note for people (who it is, a ticket).
    public var note: String?
    /// Its tokens, oldest first, revoked ones included.
    public var tokens: [Token]

    /// The tokens that still work.
    public var activeTokens: [Token] { tokens.filter { $0.revokedAt == nil } }

    /// The principal the host acts on, its expiry checked at look-up time.
    public var principal: Principal {
        Principal(name: name, role: role, authorities: authorities, expiresAt: expiresAt, revoked: revokedAt != nil)
    }
}

/// What adding a principal or rotating its token returned: the principal and the new token, shown this once.
public struct IssuedToken: Sendable {
    /// The principal as stored now.
    public var principal: PrincipalRecord
    /// The new token's text: print it once, never log it.
    public var token: String
    /// How many of its older tokens were revoked (rotate without keeping the old).
    public var revokedTokens: Int
}
