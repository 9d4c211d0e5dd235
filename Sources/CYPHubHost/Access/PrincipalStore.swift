public import CYPHubCore
public import Foundation

/// Principals and their bearer tokens in the host's database (tables `cyphub_principals` and
/// `cyphub_principal_tokens`), read and changed by `cyphub principals …` (offline) and by the admin service.
///
/// A token's text is returned once, by ``add(_:now:)`` or ``rotate(name:keepOld:now:)``; the database keeps only its
/// SHA-256 (hex) and its first characters for listings. Every change to either table bumps a counter
/// (`cyphub_principals_generation`, kept by triggers, so even a change made with `sqlite3` counts), which the running
/// host polls to reload its ``PrincipalDirectory``.
public struct PrincipalStore: Sendable {
    /// The database.
    public let storage: Storage

    /// A store over `storage` (migrated with ``migrations``).
    public init(storage: Storage) {
        self.storage = storage
    }

    /// The host's migrations for these tables, registered in the `host` namespace after the host's own.
    public static let migrations: [Migration] = [
        Migration(
            id: "principals-001-tables",
            sql: """
                CREATE TABLE cyphub_principals (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    role TEXT NOT NULL CHECK (role IN ('admin', 'internal', 'partner')),
                    authorities TEXT NOT NULL,
                    expires_at INTEGER,
                    revoked_at INTEGER,
                    created_at INTEGER NOT NULL,
                    certificate_subject TEXT UNIQUE,
                    note TEXT
                );
                CREATE TABLE cyphub_principal_tokens (
                    id INTEGER PRIMARY KEY,
                    principal_id INTEGER NOT NULL REFERENCES cyphub_principals(id),
                    token_sha256 TEXT NOT NULL UNIQUE,
                    prefix TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    revoked_at INTEGER
                );
                CREATE INDEX cyphub_principal_tokens_principal ON cyphub_principal_tokens(principal_id);
                CREATE TABLE cyphub_principals_generation (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL);
                INSERT INTO cyphub_principals_generation (id, generation) VALUES (1, 0);
                """
                    + ["cyphub_principals", "cyphub_principal_tokens"].flatMap { table in
                        ["INSERT", "UPDATE", "DELETE"].map { event in
                            """

                            CREATE TRIGGER \(table)_\(event.lowercased())_generation AFTER \(event) ON \(table)
                            BEGIN UPDATE cyphub_principals_generation SET generation = generation + 1; END;
                            """
                        }
                    }.joined()
        )
    ]

    // MARK: Changes

    /// Adds `principal` with one new token. `ALREADY_EXISTS` when the name (any case) or the certificate subject is
    /// taken; nothing is stored then.
    public func add(_ principal: NewPrincipal, now: Date = Date()) async throws -> IssuedToken {
        let token = BearerToken.generate()
        let created = Self.seconds(now)
        let record = try await storage.write { db in
            if let existing = try db.fetchOne(String.self, "SELECT name FROM cyphub_principals WHERE name = ?", [.text(principal.name)]) {
                throw RPCError(code: .alreadyExists, message: "a principal named '\(existing)' already exists (names ignore case)")
            }
            if let subject = principal.certificateSubject,
                let owner = try db.row("SELECT name FROM cyphub_principals WHERE certificate_subject = ?", [.text(subject)])
            {
                throw RPCError(
                    code: .alreadyExists,
                    message:
                        "certificate subject '\(EchoedText.quoted(subject))' is already mapped to principal '\(try owner.string("name"))'")
            }
            try db.execute(
                """
                INSERT INTO cyphub_principals (name, role, authorities, expires_at, created_at, certificate_subject, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(principal.name), .text(principal.role.rawValue), .text(principal.authorities.text),
                    principal.expiresAt.map { .integer(Self.seconds($0)) } ?? .null, .integer(created),
                    .string(principal.certificateSubject), .string(principal.note),
                ])
            try Self.insert(token, principalName: principal.name, created: created, in: db)
            return try Self.record(named: principal.name, in: db)
        }
        return IssuedToken(principal: record, token: token.text, revokedTokens: 0)
    }

    /// Revokes the principal named `name` and every token of it. Revoking a revoked principal changes nothing (its
    /// first revocation time stays). `NOT_FOUND` for an unknown name.
    public func revoke(name: String, now: Date = Date()) async throws -> (principal: PrincipalRecord, revokedTokens: Int) {
        let at = Self.seconds(now)
        return try await storage.write { db in
            let id = try Self.id(of: name, in: db)
            try db.execute("UPDATE cyphub_principals SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", [.integer(at), .integer(id)])
            try db.execute(
                "UPDATE cyphub_principal_tokens SET revoked_at = ? WHERE principal_id = ? AND revoked_at IS NULL",
                [.integer(at), .integer(id)])
            let revoked = db.changes
            return (try Self.record(id: id, in: db), revoked)
        }
    }

    /// Revokes the one token of the principal named `name` whose listed prefix is `prefix` (`cyp_AbCd`), leaving the
    /// principal and its other tokens working: the end of a switch-over after ``rotate(name:keepOld:now:)`` with
    /// `keepOld`. Revoking a revoked token changes nothing. `NOT_FOUND` when the principal has no token with that
    /// prefix; `FAILED_PRECONDITION` when two of its working tokens share it (rotate instead).
    public func revokeToken(name: String, prefix: String, now: Date = Date()) async throws -> (
        principal: PrincipalRecord, revokedTokens: Int
    ) {
        let at = Self.seconds(now)
        return try await storage.write { db in
            let id = try Self.id(of: name, in: db)
            let current = try Self.record(id: id, in: db)
            let matching = current.tokens.filter { $0.prefix == prefix }
            guard !matching.isEmpty else {
                throw RPCError.notFound("principal '\(current.name)' has no token with prefix '\(EchoedText.quoted(prefix))'")
            }
            let working = matching.filter { $0.revokedAt == nil }
            guard working.count <= 1 else {
                throw RPCError(
                    code: .failedPrecondition,
                    message: "\(working.count) working tokens of principal '\(current.name)' start '\(prefix)': rotate instead")
            }
            guard let token = working.first else { return (current, 0) }
            try db.execute("UPDATE cyphub_principal_tokens SET revoked_at = ? WHERE id = ?", [.integer(at), .integer(token.id)])
            return (try Self.record(id: id, in: db), 1)
        }
    }

    /// Issues a new token to the principal named `name`; its other tokens are revoked unless `keepOld` (so that a
    /// partner can switch over, then the old ones be revoked by rotating again). `NOT_FOUND` for an unknown name;
    /// `FAILED_PRECONDITION` for a revoked principal.
    public func rotate(name: String, keepOld: Bool = false, now: Date = Date()) async throws -> IssuedToken {
        let token = BearerToken.generate()
        let at = Self.seconds(now)
        let (record, revoked) = try await storage.write { db in
            let id = try Self.id(of: name, in: db)
            let current = try Self.record(id: id, in: db)
            guard current.revokedAt == nil else {
                throw RPCError(
                    code: .failedPrecondition, message: "principal '\(current.name)' is revoked: add a new principal instead")
            }
            var revoked = 0
            if !keepOld {
                try db.execute(
                    "UPDATE cyphub_principal_tokens SET revoked_at = ? WHERE principal_id = ? AND revoked_at IS NULL",
                    [.integer(at), .integer(id)])
                revoked = db.changes
            }
            try Self.insert(token, principalName: current.name, created: at, in: db)
            return (try Self.record(id: id, in: db), revoked)
        }
        return IssuedToken(principal: record, token: token.text, revokedTokens: revoked)
    }

    // MARK: Reading

    /// Every principal, by name, with its tokens.
    public func list() async throws -> [PrincipalRecord] {
        try await storage.read { db in try Self.records(in: db) }
    }

    /// The principal named `name` (any case); `NOT_FOUND` when there is none.
    public func principal(named name: String) async throws -> PrincipalRecord {
        try await storage.read { db in try Self.record(id: try Self.id(of: name, in: db), in: db) }
    }

    /// The change counter: it grows with every change to principals or tokens, from any process.
    public func generation() async throws -> Int64 {
        try await storage.read { db in
            try db.fetchOne(Int64.self, "SELECT generation FROM cyphub_principals_generation WHERE id = 1") ?? 0
        }
    }

    /// What the directory holds: every principal, and every token's hash with its principal's name and whether it
    /// is revoked, read in one snapshot with the counter it reflects.
    func directoryContents() async throws -> DirectoryContents {
        try await storage.read { db in
            let generation = try db.fetchOne(Int64.self, "SELECT generation FROM cyphub_principals_generation WHERE id = 1") ?? 0
            let principals = try Self.records(in: db)
            let tokens = try db.rows(
                """
                SELECT t.token_sha256, p.name, t.revoked_at IS NOT NULL AS revoked
                FROM cyphub_principal_tokens t JOIN cyphub_principals p ON p.id = t.principal_id
                """
            ).compactMap { row -> DirectoryContents.Token? in
                guard let hash = TokenHash(hex: try row.string("token_sha256")) else { return nil }
                return DirectoryContents.Token(hash: hash, principal: try row.string("name"), revoked: try row.int("revoked") != 0)
            }
            return DirectoryContents(generation: generation, principals: principals, tokens: tokens)
        }
    }

    // MARK: Rows

    private static func insert(_ token: BearerToken, principalName: String, created: Int64, in db: SQLConnection) throws {
        try db.execute(
            """
            INSERT INTO cyphub_principal_tokens (principal_id, token_sha256, prefix, created_at)
            SELECT id, ?, ?, ? FROM cyphub_principals WHERE name = ?
            """,
            [.text(token.hash.hex), .text(token.listedPrefix), .integer(created), .text(principalName)])
    }

    private static func id(of name: String, in db: SQLConnection) throws -> Int64 {
        guard let id = try db.fetchOne(Int64.self, "SELECT id FROM cyphub_principals WHERE name = ?", [.text(name)]) else {
            throw RPCError.notFound("no principal named '\(EchoedText.quoted(name))'")
        }
        return id
    }

    private static func record(named name: String, in db: SQLConnection) throws -> PrincipalRecord {
        try record(id: try id(of: name, in: db), in: db)
    }

    private static func record(id: Int64, in db: SQLConnection) throws -> PrincipalRecord {
        let tokens = try self.tokens(db, where: "WHERE principal_id = ?", [.integer(id)])
        guard let record = try db.fetchAll(PrincipalRow.self, "\(PrincipalRow.select) WHERE id = ?", [.integer(id)]).first else {
            throw RPCError.notFound("no principal with id \(id)")
        }
        return try record.record(tokens: tokens[id] ?? [])
    }

    private static func records(in db: SQLConnection) throws -> [PrincipalRecord] {
        let tokens = try self.tokens(db, where: "", [])
        return try db.fetchAll(PrincipalRow.self, "\(PrincipalRow.select) ORDER BY name").map { row in
            try row.record(tokens: tokens[row.id] ?? [])
        }
    }

    private static func tokens(_ db: SQLConnection, where clause: String, _ arguments: [SQLValue]) throws
        -> [Int64: [PrincipalRecord.Token]]
    {
        var byPrincipal: [Int64: [PrincipalRecord.Token]] = [:]
        for row in try db.rows(
            "SELECT id, principal_id, prefix, created_at, revoked_at FROM cyphub_principal_tokens \(clause) ORDER BY id", arguments)
        {
            let token = PrincipalRecord.Token(
                id: Int64(try row.int("id")), prefix: try row.string("prefix"), createdAt: date(row["created_at"]) ?? .distantPast,
                revokedAt: date(row["revoked_at"]))
            byPrincipal[Int64(try row.int("principal_id")), default: []].append(token)
        }
        return byPrincipal
    }

    /// Whole seconds since 1970, as stored.
    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    static func date(_ value: SQLValue) -> Date? {
        value.intValue.map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}

/// One `cyphub_principals` row.
private struct PrincipalRow: SQLRowDecodable {
    static let select =
        "SELECT id, name, role, authorities, expires_at, revoked_at, created_at, certificate_subject, note FROM cyphub_principals"

    var id: Int64
    var name: String
    var role: String
    var authorities: String
    var expiresAt: SQLValue
    var revokedAt: SQLValue
    var createdAt: SQLValue
    var certificateSubject: SQLValue
    var note: SQLValue

    init(row: SQLRowCursor) throws {
        id = try row["id"]
        name = try row["name"]
        role = try row["role"]
        authorities = try row["authorities"]
        expiresAt = try row["expires_at"]
        revokedAt = try row["revoked_at"]
        createdAt = try row["created_at"]
        certificateSubject = try row["certificate_subject"]
        note = try row["note"]
    }

    func record(tokens: [PrincipalRecord.Token]) throws -> PrincipalRecord {
        guard let role = Role(rawValue: role) else {
            throw StorageError.wrongType(column: "role", expected: "admin, internal or partner", value: .text(role))
        }
        guard let authorities = AuthoritySet(parsing: authorities) else {
            throw StorageError.wrongType(column: "authorities", expected: "* or authority codes", value: .text(self.authorities))
        }
        return PrincipalRecord(
            name: name, role: role, authorities: authorities, expiresAt: PrincipalStore.date(expiresAt),
            revokedAt: PrincipalStore.date(revokedAt), createdAt: PrincipalStore.date(createdAt) ?? .distantPast,
            certificateSubject: certificateSubject.stringValue, note: note.stringValue, tokens: tokens)
    }
}

/// The database's principals and token hashes, read at once, for the directory.
struct DirectoryContents: Sendable {
    /// A token: its hash, its principal's name, whether it is revoked.
    struct Token: Sendable {
        var hash: TokenHash
        var principal: String
        var revoked: Bool
    }

    /// The change counter this reflects.
    var generation: Int64
    /// Every principal.
    var principals: [PrincipalRecord]
    /// Every token.
    var tokens: [Token]
}
