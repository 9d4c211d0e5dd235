import CYPHubCore
import Foundation
import Testing

@testable import CYPHubHost

/// A principal store in a temporary data directory (a real SQLite file), removed afterwards.
final class TemporaryPrincipalStore {
    let directory: URL
    let store: PrincipalStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-principals-\(UUID().uuidString)")
        store = try PrincipalStore.open(dataDirectory: directory.path, create: true)
    }

    deinit {
        try? store.storage.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Every byte of every file in the data directory (the database, its WAL and shared-memory files).
    func allBytes() throws -> Data {
        var bytes = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            bytes += try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return bytes
    }
}

/// Principals and tokens in the host's database: what is stored, what is refused, and that a token's text never is.
@Suite struct PrincipalStoreTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    func partner(_ name: String = "leicester", expires: String = "", subject: String = "") throws -> NewPrincipal {
        try NewPrincipal(
            name: name, role: "partner", authorities: "E06000016, e10000018", expires: expires, certificateSubject: subject,
            note: "partner council", now: Self.now)
    }

    @Test func anAddedPrincipalReadsBackWithOneTokenListedByItsPrefix() async throws {
        let temporary = try TemporaryPrincipalStore()
        let issued = try await temporary.store.add(
            try partner(expires: "90d", subject: "CN=leicester,O=Leicester City Council"), now: Self.now)
        #expect(issued.token.hasPrefix("cyp_"))
        #expect(issued.token.count == 47)
        let listed = try await temporary.store.list()
        #expect(listed == [issued.principal])
        let record = try #require(listed.first)
        #expect(record.name == "leicester")
        #expect(record.role == .partner)
        #expect(record.authorities == .only(["E06000016", "E10000018"]))
        #expect(record.expiresAt == Self.now.addingTimeInterval(90 * 86_400))
        #expect(record.revokedAt == nil)
        #expect(record.createdAt == Self.now)
        #expect(record.certificateSubject == "CN=leicester,O=Leicester City Council")
        #expect(record.note == "partner council")
        #expect(record.tokens.map(\.prefix) == [String(issued.token.prefix(8))])
        #expect(record.tokens.first?.revokedAt == nil)
    }

    @Test func theTokensTextIsNowhereInTheDatabaseOnlyItsSHA256() async throws {
        let temporary = try TemporaryPrincipalStore()
        let first = try await temporary.store.add(try partner(), now: Self.now)
        let second = try await temporary.store.rotate(name: "leicester", keepOld: true, now: Self.now)
        // Both tokens issued are unguessable strangers to each other.
        #expect(first.token != second.token)
        try temporary.store.storage.close()
        let bytes = try temporary.allBytes()
        for token in [first.token, second.token] {
            #expect(bytes.range(of: Data(token.utf8)) == nil, "the token's text is stored")
            // Not even the random part without the scheme.
            #expect(bytes.range(of: Data(token.dropFirst(4).utf8)) == nil)
            #expect(bytes.range(of: Data(TokenHash(of: token).hex.utf8)) != nil, "its SHA-256 is not stored")
        }
    }

    @Test func tokenHashesAreSHA256InHex() {
        // SHA-256("abc"), FIPS 180-2's test vector.
        #expect(TokenHash(of: "abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(TokenHash(hex: TokenHash(of: "abc").hex) == TokenHash(of: "abc"))
        #expect(TokenHash(hex: "BA7816BF") == nil)
    }

    @Test func revokingRevokesThePrincipalAndEveryTokenOnceAndNamesWhatItDid() async throws {
        let temporary = try TemporaryPrincipalStore()
        _ = try await temporary.store.add(try partner(), now: Self.now)
        _ = try await temporary.store.rotate(name: "leicester", keepOld: true, now: Self.now)
        let later = Self.now.addingTimeInterval(60)
        let (record, revoked) = try await temporary.store.revoke(name: "Leicester", now: later)
        #expect(revoked == 2)
        #expect(record.revokedAt == later)
        #expect(record.tokens.allSatisfy { $0.revokedAt == later })
        // Again: nothing more to revoke, and the first time stays.
        let (again, none) = try await temporary.store.revoke(name: "leicester", now: later.addingTimeInterval(60))
        #expect(none == 0)
        #expect(again.revokedAt == later)
    }

    @Test func aSwitchOverEndsByRevokingTheOldTokenAloneByItsPrefix() async throws {
        let temporary = try TemporaryPrincipalStore()
        let old = try await temporary.store.add(try partner(), now: Self.now)
        let new = try await temporary.store.rotate(name: "leicester", keepOld: true, now: Self.now)
        let oldPrefix = String(old.token.prefix(8))
        let (record, revoked) = try await temporary.store.revokeToken(name: "leicester", prefix: oldPrefix, now: Self.now)
        #expect(revoked == 1)
        #expect(record.revokedAt == nil)
        #expect(record.activeTokens.map(\.prefix) == [String(new.token.prefix(8))])
        // Again: already revoked, nothing changes.
        #expect(try await temporary.store.revokeToken(name: "leicester", prefix: oldPrefix).revokedTokens == 0)
        await #expect {
            _ = try await temporary.store.revokeToken(name: "leicester", prefix: "cyp_zzzz")
        } throws: { error in
            (error as? RPCError)?.code == .notFound
                && (error as? RPCError)?.message == "principal 'leicester' has no token with prefix 'cyp_zzzz'"
        }
    }

    @Test func rotatingRevokesTheOldTokensUnlessKept() async throws {
        let temporary = try TemporaryPrincipalStore()
        let first = try await temporary.store.add(try partner(), now: Self.now)
        let kept = try await temporary.store.rotate(name: "leicester", keepOld: true, now: Self.now)
        #expect(kept.revokedTokens == 0)
        #expect(kept.principal.activeTokens.map(\.prefix) == [first.token, kept.token].map { String($0.prefix(8)) })
        let fresh = try await temporary.store.rotate(name: "leicester", now: Self.now)
        #expect(fresh.revokedTokens == 2)
        #expect(fresh.principal.activeTokens.map(\.prefix) == [String(fresh.token.prefix(8))])
        #expect(fresh.principal.tokens.count == 3)
    }

    @Test func refusalsChangeNothingAndSayWhy() async throws {
        let temporary = try TemporaryPrincipalStore()
        _ = try await temporary.store.add(try partner(subject: "CN=leicester"), now: Self.now)
        let before = try await temporary.store.list()
        let generation = try await temporary.store.generation()
        var error = await refusal { _ = try await temporary.store.add(try partner("LEICESTER"), now: Self.now) }
        #expect(error?.code == .alreadyExists)
        #expect(error?.message == "a principal named 'leicester' already exists (names ignore case)")
        error = await refusal { _ = try await temporary.store.add(try partner("other", subject: "CN=leicester"), now: Self.now) }
        #expect(error?.code == .alreadyExists)
        #expect(error?.message == "certificate subject 'CN=leicester' is already mapped to principal 'leicester'")
        error = await refusal { _ = try await temporary.store.revoke(name: "nobody") }
        #expect(error?.code == .notFound)
        #expect(error?.message == "no principal named 'nobody'")
        error = await refusal { _ = try await temporary.store.rotate(name: "nobody") }
        #expect(error?.code == .notFound)
        #expect(try await temporary.store.list() == before)
        #expect(try await temporary.store.generation() == generation)

        _ = try await temporary.store.revoke(name: "leicester")
        error = await refusal { _ = try await temporary.store.rotate(name: "leicester") }
        #expect(error?.code == .failedPrecondition)
        #expect(error?.message == "principal 'leicester' is revoked: add a new principal instead")
    }

    @Test func everyChangeMovesTheCounterEvenOneMadeBehindTheStoresBack() async throws {
        let temporary = try TemporaryPrincipalStore()
        var last = try await temporary.store.generation()
        for change in 0..<4 {
            switch change {
            case 0: _ = try await temporary.store.add(try partner(), now: Self.now)
            case 1: _ = try await temporary.store.rotate(name: "leicester")
            case 2: _ = try await temporary.store.revoke(name: "leicester")
            default:
                try await temporary.store.storage.write { db in try db.execute("DELETE FROM cyphub_principal_tokens") }
            }
            let next = try await temporary.store.generation()
            #expect(next > last, "change \(change)")
            last = next
        }
    }

    @Test(arguments: [
        (
            "", "partner", "all", "",
            "name: '' is not a principal name (1-64 letters, digits, '.', '-' or '_', starting with a letter or digit)"
        ),
        (
            "-x", "partner", "all", "",
            "name: '-x' is not a principal name (1-64 letters, digits, '.', '-' or '_', starting with a letter or digit)"
        ),
        (
            "a b", "partner", "all", "",
            "name: 'a b' is not a principal name (1-64 letters, digits, '.', '-' or '_', starting with a letter or digit)"
        ),
        ("x", "boss", "all", "", "role: 'boss' is not a role (admin, internal or partner)"),
        ("x", "partner", "", "", "authorities: give authority codes (E06000016,E10000018) or all"),
        (
            "x", "partner", "E06000016,W06000001", "",
            "authorities: 'W06000001' is not a local authority code (E followed by 8 digits, e.g. E06000016), nor all"
        ),
        (
            "x", "partner", "E06000016,,E10000018", "",
            "authorities: '' is not a local authority code (E followed by 8 digits, e.g. E06000016), nor all"
        ),
        ("x", "partner", "all", "soon", "expires: 'soon' is not a date (2027-03-31) or a number of days (90d)"),
        ("x", "partner", "all", "0d", "expires: '0d' is not a date (2027-03-31) or a number of days (90d)"),
        ("x", "partner", "all", "2020-01-31", "expires: 2020-01-31 is in the past"),
    ])
    func badInputIsInvalidArgumentNamingTheField(name: String, role: String, authorities: String, expires: String, message: String) {
        #expect {
            _ = try NewPrincipal(name: name, role: role, authorities: authorities, expires: expires, now: Self.now)
        } throws: { error in
            (error as? RPCError)?.code == .invalidArgument && (error as? RPCError)?.message == message
        }
    }

    @Test func aDateExpiresAtTheEndOfThatDayUTCAndAllMeansEveryAuthority() throws {
        let principal = try NewPrincipal(name: "ops", role: "ADMIN", authorities: " all ", expires: "2027-03-31", now: Self.now)
        #expect(principal.role == .admin)
        #expect(principal.authorities == .all)
        #expect(principal.expiresAt?.ISO8601Format() == "2027-04-01T00:00:00Z")
        #expect(principal.certificateSubject == nil && principal.note == nil)
    }
}
