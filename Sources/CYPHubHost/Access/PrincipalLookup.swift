import CYPHubCore

/// What the host knows of a credential, looked up on every call: kept in memory, never a database read per call.
enum PrincipalLookupResult: Sendable, Equatable {
    /// A principal that may act now.
    case found(Principal)
    /// No principal has this credential.
    case unknown
    /// The credential's principal has expired (named, for the log; the caller is told only that it is not valid).
    case expired(String)
    /// The credential or its principal was revoked.
    case revoked(String)
}

/// Finds the principal a call's credential belongs to.
protocol PrincipalLookup: Sendable {
    /// The principal whose bearer token this is.
    func principal(bearerToken: String) -> PrincipalLookupResult
    /// The principal mapped to this client-certificate subject (as `Certificate.subject.description` of swift-certificates prints it, e.g. `CN=leicester,O=Leicester City Council`).
    func principal(certificateSubject: String) -> PrincipalLookupResult
}
