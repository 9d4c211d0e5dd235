import CYPHubCore
import Foundation
import Logging

/// The host's access control, run for every call before its handler (docs/security.md): who the call runs as (its
/// bearer token or client certificate), whether that principal's role may call the method, and whether it holds the
/// authority the request names. The one place these rules are applied; modules only declare each method's access.
struct AccessControl: Sendable {
    /// Whether calls must carry credentials (`auth.required`). When not, a call without any runs as
    /// ``Principal/anonymous``; a call that presents a token is still checked.
    let required: Bool
    let principals: any PrincipalLookup
    let attempts: FailedAttempts
    let logger: Logger

    /// The metadata key of the bearer token (gRPC's).
    static let authorizationKey = "authorization"

    /// The principal `context`'s credentials identify; `UNAUTHENTICATED` when there are none (and they are required) or
    /// they are not valid. A peer with recent failures waits first (``FailedAttempts``).
    func authenticate(_ context: CallContext) async throws -> Principal {
        // The peer's address is read only while some address has failures: most calls never need it.
        if attempts.isTracking {
            let delay = attempts.delay(for: Self.address(of: context.peer))
            if delay > .zero { try await Task.sleep(for: delay) }
        }
        if let header = context.metadata[Self.authorizationKey] {
            guard let token = Self.bearerToken(header) else {
                attempts.recordFailure(from: Self.address(of: context.peer))
                throw RPCError(
                    code: .unauthenticated,
                    message: "the authorization metadata must be 'Bearer <token>' (gRPC's convention)")
            }
            return try resolved(principals.principal(bearerToken: token), credential: "token", context: context)
        }
        if !context.clientCertificateSubject.isEmpty {
            let result = principals.principal(certificateSubject: context.clientCertificateSubject)
            if result != .unknown || required {
                return try resolved(result, credential: "client certificate", context: context)
            }
        }
        guard required else { return .anonymous }
        throw RPCError(
            code: .unauthenticated,
            message: "this host requires credentials: send the metadata 'authorization: Bearer <token>' (cyp --token or CYPHUB_TOKEN)")
    }

    private func resolved(_ result: PrincipalLookupResult, credential: String, context: CallContext) throws -> Principal {
        switch result {
        case .found(let principal):
            if attempts.isTracking { attempts.recordSuccess(from: Self.address(of: context.peer)) }
            return principal
        case .unknown:
            logger.notice("unknown \(credential) from \(context.peer) for \(context.method)")
        case .expired(let name):
            logger.notice("\(credential) of expired principal '\(name)' from \(context.peer) for \(context.method)")
        case .revoked(let name):
            logger.notice("revoked \(credential) of principal '\(name)' from \(context.peer) for \(context.method)")
        }
        attempts.recordFailure(from: Self.address(of: context.peer))
        // The caller learns only that the credential does not work: not whether it ever existed.
        throw RPCError(code: .unauthenticated, message: "the \(credential) is not valid (unknown, expired or revoked)")
    }

    /// Checks that `principal` may call `method` as `access` declares it, with `request`; returns the authority the
    /// request names (empty when none). `PERMISSION_DENIED` names the method and, where it applies, the authority, and
    /// is the same whether or not that authority has any data.
    func authorize(_ principal: Principal, _ access: MethodAccess, method: MethodDescriptor, request: any ProtoMessage) throws -> String {
        guard access.permits(principal.role) else {
            let why =
                switch access.operation {
                case .admin: "it is an admin method"
                case .write: "it changes data"
                default: "it returns record-level data"
                }
            throw RPCError(
                code: .permissionDenied,
                message: "principal '\(principal.name)' (role \(principal.role.rawValue)) may not call \(method): \(why)")
        }
        switch access.authority {
        case .none, .rowsOfFile:
            return ""
        case .allAuthorities:
            guard principal.authorities == .all else {
                throw RPCError(
                    code: .permissionDenied,
                    message:
                        "principal '\(principal.name)' may not call \(method): it acts for every authority, and the principal holds only \(principal.authorities.text)"
                )
            }
            return ""
        case .field(let name, let get, _):
            let authority = get(request) ?? ""
            guard principal.authorities.contains(authority) else {
                throw RPCError(
                    code: .permissionDenied,
                    message:
                        "principal '\(principal.name)' may not call \(method) for authority '\(EchoedText.quoted(authority))' (request field \(name))"
                )
            }
            return authority.uppercased()
        }
    }

    /// The token of `Bearer <token>` (the scheme in any case, as RFC 6750 allows; spaces before the scheme and
    /// whitespace around the token ignored); nil for anything else. Read on every call that carries a token, so it
    /// walks the header's scalars once, without Foundation: `trimmingCharacters(in:)` goes through `NSString` and cost
    /// ten times the token's SHA-256 (`cyphub-bench --security`).
    static func bearerToken(_ header: String) -> String? {
        let scalars = header.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, scalars[index] == " " { scalars.formIndex(after: &index) }
        for expected in "bearer".unicodeScalars {
            guard index < scalars.endIndex, asciiLowercased(scalars[index]) == expected else { return nil }
            scalars.formIndex(after: &index)
        }
        guard index < scalars.endIndex, scalars[index] == " " else { return nil }
        var end = scalars.endIndex
        while index < end, isWhitespace(scalars[index]) { scalars.formIndex(after: &index) }
        while index < end, isWhitespace(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return index < end ? String(scalars[index..<end]) : nil
    }

    /// `scalar` with A-Z lowered (the scheme's comparison needs no more: "bearer" is ASCII).
    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar
    }

    /// Foundation's `CharacterSet.whitespaces`: a tab or a space separator (Unicode category Zs).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
    }

    /// The IP address of a peer as the connection describes it (`[IPv4]127.0.0.1/127.0.0.1:54321`): failures are
    /// counted by address, not by connection, since a guesser opens as many connections as it likes.
    static func address(of peer: String) -> String {
        var text = Substring(peer)
        if let slash = text.lastIndex(of: "/") { text = text[text.index(after: slash)...] }
        if let colon = text.lastIndex(of: ":") { text = text[..<colon] }
        return String(text)
    }
}
