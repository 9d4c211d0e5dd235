import CYPHubCore
import Foundation
import Logging
import Synchronization
import Testing

@testable import CYPHubHost

/// A clock a test moves by hand.
final class TestClock: Sendable {
    private let current: Mutex<Date>
    init(_ date: Date) { current = Mutex(date) }
    var now: Date { current.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// The in-memory directory calls are authenticated against: found, unknown, expired and revoked, by token and by
/// certificate subject; reloaded after changes, including changes made by another connection (the offline command).
@Suite struct PrincipalDirectoryTests {
    static let now = PrincipalStoreTests.now

    @Test func aTokenOrSubjectFindsItsPrincipalAndAnythingElseIsUnknown() async throws {
        let temporary = try TemporaryPrincipalStore()
        let issued = try await temporary.store.add(
            try NewPrincipal(name: "leicester", role: "partner", authorities: "E06000016", certificateSubject: "CN=leicester,O=LCC"))
        let directory = PrincipalDirectory(store: temporary.store)
        // Empty until loaded.
        #expect(directory.principal(bearerToken: issued.token) == .unknown)
        try await directory.reload()
        let expected = Principal(name: "leicester", role: .partner, authorities: .only(["E06000016"]))
        #expect(directory.principal(bearerToken: issued.token) == .found(expected))
        #expect(directory.principal(certificateSubject: "CN=leicester,O=LCC") == .found(expected))
        #expect(directory.principal(certificateSubject: "CN=leicester") == .unknown)
        #expect(directory.principal(bearerToken: issued.token + "x") == .unknown)
        #expect(directory.principal(bearerToken: "") == .unknown)
        #expect(directory.principal(bearerToken: String(repeating: "a", count: 10_000)) == .unknown)
    }

    @Test func expiryIsCheckedAgainstTheClockAtEachLookup() async throws {
        let temporary = try TemporaryPrincipalStore()
        let clock = TestClock(Self.now)
        let issued = try await temporary.store.add(
            try NewPrincipal(
                name: "temp", role: "internal", authorities: "all", expires: "1d", certificateSubject: "CN=temp", now: Self.now),
            now: Self.now)
        let directory = PrincipalDirectory(store: temporary.store, now: { clock.now })
        try await directory.reload()
        guard case .found(let principal) = directory.principal(bearerToken: issued.token) else {
            Issue.record("not found")
            return
        }
        #expect(principal.expiresAt == Self.now.addingTimeInterval(86_400))
        clock.advance(86_399)
        #expect(directory.principal(bearerToken: issued.token) == .found(principal))
        clock.advance(1)
        #expect(directory.principal(bearerToken: issued.token) == .expired("temp"))
        #expect(directory.principal(certificateSubject: "CN=temp") == .expired("temp"))
    }

    @Test func revokedPrincipalsAndRotatedTokensAreRevoked() async throws {
        let temporary = try TemporaryPrincipalStore()
        let first = try await temporary.store.add(
            try NewPrincipal(name: "leicester", role: "partner", authorities: "E06000016", certificateSubject: "CN=l"))
        let second = try await temporary.store.rotate(name: "leicester")
        let directory = PrincipalDirectory(store: temporary.store)
        try await directory.reload()
        #expect(directory.principal(bearerToken: first.token) == .revoked("leicester"))
        #expect(directory.principal(bearerToken: second.token) == .found(second.principal.principal))

        _ = try await temporary.store.revoke(name: "leicester")
        // The directory holds what it loaded until it reloads.
        #expect(directory.principal(bearerToken: second.token) == .found(second.principal.principal))
        try await directory.reload()
        #expect(directory.principal(bearerToken: second.token) == .revoked("leicester"))
        #expect(directory.principal(certificateSubject: "CN=l") == .revoked("leicester"))
    }

    @Test func theRefresherReloadsWhenAnotherConnectionChangesTheDatabase() async throws {
        let temporary = try TemporaryPrincipalStore()
        let directory = PrincipalDirectory(store: temporary.store)
        try await directory.reload()
        let refresher = PrincipalDirectoryRefresher(
            directory: directory, store: temporary.store, interval: .seconds(1), logger: Logger(label: "test"))
        #expect(try await refresher.refreshIfChanged() == false)

        // What `cyphub principals add` does while the host runs: its own connection to the same file.
        let offline = try PrincipalStore.open(dataDirectory: temporary.directory.path, create: false)
        defer { try? offline.storage.close() }
        let issued = try await offline.store(add: "ops")
        #expect(directory.principal(bearerToken: issued.token) == .unknown)
        #expect(try await refresher.refreshIfChanged() == true)
        #expect(directory.principal(bearerToken: issued.token) == .found(Principal(name: "ops", role: .admin, authorities: .all)))
        #expect(try await refresher.refreshIfChanged() == false)

        _ = try await offline.revoke(name: "ops")
        #expect(try await refresher.refreshIfChanged() == true)
        #expect(directory.principal(bearerToken: issued.token) == .revoked("ops"))
    }

    @Test func aLookupIsCheapNoDatabaseReadAndStillCorrectUnderConcurrency() async throws {
        let temporary = try TemporaryPrincipalStore()
        var tokens: [String] = []
        for index in 0..<50 {
            tokens.append(try await temporary.store.store(add: "p\(index)").token)
        }
        let directory = PrincipalDirectory(store: temporary.store)
        try await directory.reload()
        // The database is closed: every look-up below is answered from memory.
        try temporary.store.storage.close()
        let found = await withTaskGroup(of: Int.self) { group in
            for token in tokens {
                group.addTask {
                    (0..<200).reduce(0) { count, _ in
                        if case .found = directory.principal(bearerToken: token) { return count + 1 }
                        return count
                    }
                }
            }
            return await group.reduce(0, +)
        }
        #expect(found == 50 * 200)
    }
}

extension PrincipalStore {
    /// Adds an admin for every authority named `name`.
    func store(add name: String) async throws -> IssuedToken {
        try await add(try NewPrincipal(name: name, role: "admin", authorities: "all"))
    }
}
