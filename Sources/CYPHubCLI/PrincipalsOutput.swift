public import CYPHubCore
public import Foundation

/// How `cyphub principals …` (offline) and `cyp admin principals …` (over the wire) print principals and tokens: the
/// same table and the same JSON (the admin service's messages) either way.
public enum PrincipalsOutput {
    /// Prints every principal: a table for people (name, role, authorities, expiry, revocation, working tokens and
    /// their prefixes), or `ListPrincipalsResponse` as JSON.
    public static func list(_ response: ListPrincipalsResponse, json: Bool, now: Date = Date()) throws {
        if json { return try Output.json(response) }
        guard !response.principals.isEmpty else {
            print("No principals.")
            return
        }
        Output.table(
            columns: [
                .left("Name"), .left("Role"), .left("Authorities"), .left("Expires"), .left("Revoked"), .right("Tokens"),
                .left("Prefixes"),
            ],
            rows: response.principals.map { principal in
                let active = principal.tokens.filter(\.revokedAt.isEmpty)
                return [
                    principal.name, principal.role, authorities(principal), expiry(principal.expiresAt, now: now),
                    principal.revokedAt.isEmpty ? "no" : principal.revokedAt, String(active.count),
                    active.map { $0.prefix + "…" }.joined(separator: " "),
                ]
            })
    }

    /// Prints a principal just added and its token (shown this once), or `AddPrincipalResponse` as JSON.
    public static func added(_ response: AddPrincipalResponse, json: Bool) throws {
        if json { return try Output.json(response) }
        let principal = response.principal ?? PrincipalInfo()
        print("Added \(summary(principal)).")
        printToken(response.token)
    }

    /// Prints a revoked principal (or token), or `RevokePrincipalResponse` as JSON.
    public static func revoked(_ response: RevokePrincipalResponse, json: Bool) throws {
        if json { return try Output.json(response) }
        let principal = response.principal ?? PrincipalInfo()
        if principal.revokedAt.isEmpty {
            let working = principal.tokens.filter(\.revokedAt.isEmpty).count
            print("Revoked \(tokens(Int(response.tokensRevoked))) of principal \(principal.name); \(tokens(working)) working now.")
        } else if response.tokensRevoked == 0 {
            print("Principal \(principal.name) is revoked (since \(principal.revokedAt)); no token of it works.")
        } else {
            print("Revoked principal \(principal.name) and \(tokens(Int(response.tokensRevoked))).")
        }
    }

    /// Prints a new token and what happened to the older ones, or `RotateTokenResponse` as JSON.
    public static func rotated(_ response: RotateTokenResponse, json: Bool) throws {
        if json { return try Output.json(response) }
        let principal = response.principal ?? PrincipalInfo()
        let working = principal.tokens.filter(\.revokedAt.isEmpty).count
        print(
            "New token for \(principal.name); \(tokens(Int(response.tokensRevoked))) revoked, \(tokens(working)) working now.")
        printToken(response.token)
    }

    /// Prints who a call ran as, or `WhoAmIResponse` as JSON.
    public static func whoAmI(_ response: WhoAmIResponse, server: String, json: Bool) throws {
        if json { return try Output.json(response) }
        var pairs = [
            ("Principal", response.name), ("Role", response.role),
            ("Authorities", response.allAuthorities ? "all" : response.authorities.joined(separator: ", ")),
            ("Expires", response.expiresAt.isEmpty ? "never" : response.expiresAt),
        ]
        if !response.certificateSubject.isEmpty { pairs.append(("Certificate", response.certificateSubject)) }
        Output.keyValues(title: "Calls to \(server) run as:", pairs)
    }

    /// `principal leicester (partner; E06000016; expires 2027-04-01T00:00:00Z)`.
    static func summary(_ principal: PrincipalInfo) -> String {
        let expires = principal.expiresAt.isEmpty ? "never expires" : "expires \(principal.expiresAt)"
        return "principal \(principal.name) (\(principal.role); \(authorities(principal)); \(expires))"
    }

    private static func printToken(_ token: String) {
        print("Token, shown this once (the host keeps only its SHA-256):")
        print(token)
    }

    private static func authorities(_ principal: PrincipalInfo) -> String {
        principal.allAuthorities ? "all" : principal.authorities.joined(separator: ",")
    }

    private static func tokens(_ count: Int) -> String { count == 1 ? "1 token" : "\(count) tokens" }

    private static func expiry(_ timestamp: String, now: Date) -> String {
        guard !timestamp.isEmpty else { return "never" }
        let expired = (try? Date(timestamp, strategy: .iso8601)).map { $0 <= now } ?? false
        return timestamp + (expired ? " (expired)" : "")
    }
}
