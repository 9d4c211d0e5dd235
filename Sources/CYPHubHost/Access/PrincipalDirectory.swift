import CYPHubCore
import Foundation
import Synchronization

/// The host's in-memory copy of every principal and token hash: an immutable snapshot, swapped whole under a mutex
/// when the database changes, so a look-up is one SHA-256 and one dictionary read, never a database read.
///
/// ``reload()`` reads the database; the admin service calls it after every change it makes, and
/// ``PrincipalDirectoryRefresher`` calls it when the change counter moves (a change made by `cyphub principals …`
/// while the host runs). Expiry is checked at look-up time against ``now``.
final class PrincipalDirectory: PrincipalLookup {
    /// One immutable state of the directory.
    struct Snapshot: Sendable {
        /// The change counter it reflects (-1: never loaded).
        var generation: Int64 = -1
        /// Every principal by name.
        var principals: [String: Principal] = [:]
        /// Each token's principal name and whether the token itself is revoked.
        var tokens: [TokenHash: (principal: String, revoked: Bool)] = [:]
        /// Each mapped certificate subject's principal name.
        var subjects: [String: String] = [:]
    }

    /// Tokens longer than this are not hashed: no token the host issues is near it.
    static let maxTokenLength = 256

    private let store: PrincipalStore
    private let snapshot = Mutex(Snapshot())
    /// The clock expiry is checked against.
    let now: @Sendable () -> Date

    /// A directory over `store`, empty until ``reload()``.
    init(store: PrincipalStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    /// The change counter the directory reflects (-1 before the first load).
    var generation: Int64 { snapshot.withLock { $0.generation } }

    /// How many principals it holds.
    var count: Int { snapshot.withLock { $0.principals.count } }

    /// Reads every principal and token hash from the database and swaps them in, unless a reload that read a later
    /// state has already done so (reloads may overlap: the counter, read in the same transaction, orders them).
    func reload() async throws {
        let next = Self.snapshot(of: try await store.directoryContents())
        snapshot.withLock { current in
            if next.generation >= current.generation { current = next }
        }
    }

    /// Builds a snapshot from what the database holds.
    static func snapshot(of contents: DirectoryContents) -> Snapshot {
        var next = Snapshot(generation: contents.generation)
        for record in contents.principals {
            next.principals[record.name] = record.principal
            if let subject = record.certificateSubject { next.subjects[subject] = record.name }
        }
        for token in contents.tokens {
            next.tokens[token.hash] = (token.principal, token.revoked)
        }
        return next
    }

    // MARK: PrincipalLookup

    func principal(bearerToken: String) -> PrincipalLookupResult {
        guard !bearerToken.isEmpty, bearerToken.utf8.count <= Self.maxTokenLength else { return .unknown }
        let hash = TokenHash(of: bearerToken)
        let found: (principal: Principal?, tokenRevoked: Bool, name: String)? = snapshot.withLock { snapshot in
            guard let token = snapshot.tokens[hash] else { return nil }
            return (snapshot.principals[token.principal], token.revoked, token.principal)
        }
        guard let found, let principal = found.principal else { return .unknown }
        if found.tokenRevoked { return .revoked(found.name) }
        return check(principal)
    }

    func principal(certificateSubject: String) -> PrincipalLookupResult {
        let principal: Principal? = snapshot.withLock { snapshot in
            snapshot.subjects[certificateSubject].flatMap { snapshot.principals[$0] }
        }
        guard let principal else { return .unknown }
        return check(principal)
    }

    private func check(_ principal: Principal) -> PrincipalLookupResult {
        if principal.revoked { return .revoked(principal.name) }
        if let expiresAt = principal.expiresAt, expiresAt <= now() { return .expired(principal.name) }
        return .found(principal)
    }
}
