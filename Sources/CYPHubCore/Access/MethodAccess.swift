/// What a method does, declared when it is registered (``Router/register(_:access:handler:)-(_,Access<Method.Input>,_)``)
/// and enforced by the host before the handler runs: which roles may call it, and which authority the request names.
public struct MethodAccess: Sendable {
    /// What the method does to data.
    public enum Operation: String, Sendable, Hashable, CaseIterable {
        /// Anyone, without credentials (the health check only).
        case open
        /// Reads: every role.
        case read
        /// Changes data (imports): admin and internal.
        case write
        /// The admin service: admin only.
        case admin
    }

    /// What a read returns.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        /// Figures about an authority (counts, rates, money): partners may read them, with small numbers suppressed.
        case aggregate
        /// Rows about individual workers, children or plans: never partners.
        case records
    }

    /// How the host finds the authority a call acts for.
    public enum AuthorityScope: Sendable {
        /// The method is not about one authority (module listing, indicator definitions, the admin service).
        case none
        /// The request names one authority in a string field: the host reads it (`get`) and checks it against the
        /// principal's before the handler runs. `set` writes it, for the access-matrix test.
        case field(
            name: String, get: @Sendable (any ProtoMessage) -> String?, set: @Sendable (any ProtoMessage, String) -> any ProtoMessage)
        /// An import whose file's rows name the authorities: every row's authority code is checked as it is read
        /// (``CSVRecord/authorityCode(_:)``), and one the principal does not hold rejects the whole file.
        case rowsOfFile
        /// Only a principal holding every authority may call it (imports of published figures for all of England).
        case allAuthorities
    }

    /// Read, write, admin or open.
    public let operation: Operation
    /// Aggregate or record-level.
    public let level: Level
    /// Where the authority comes from.
    public let authority: AuthorityScope

    /// A declaration; modules write ``Access`` instead, which checks the authority field against the request type.
    public init(operation: Operation, level: Level, authority: AuthorityScope) {
        self.operation = operation
        self.level = level
        self.authority = authority
    }

    /// Whether `role` may call a method of this access at all (before any authority check).
    public func permits(_ role: Role) -> Bool {
        switch (operation, role) {
        case (.open, _), (_, .admin): true
        case (.admin, _): false
        case (.write, .internal), (.read, .internal): true
        case (.write, .partner): false
        case (.read, .partner): level == .aggregate
        }
    }

    /// `read, aggregate`, `write, records`…, for messages and the listing.
    public var summary: String {
        switch operation {
        case .open, .admin: operation.rawValue
        case .read, .write: "\(operation.rawValue), \(level.rawValue)"
        }
    }
}

/// A method's access, typed by its request message so that the authority field named in it exists:
/// `.read(.aggregate, authority: \.authority)`.
public struct Access<Request: ProtoMessage>: Sendable {
    /// The untyped declaration the host enforces.
    public let declaration: MethodAccess

    private init(_ operation: MethodAccess.Operation, _ level: MethodAccess.Level, _ authority: MethodAccess.AuthorityScope) {
        declaration = MethodAccess(operation: operation, level: level, authority: authority)
    }

    /// A read of one authority's data, named by the request's `authority` field.
    public static func read(
        _ level: MethodAccess.Level, authority field: any WritableKeyPath<Request, String> & Sendable, named name: String = "authority"
    ) -> Access {
        Access(.read, level, Self.scope(field, name))
    }

    /// A read that is not about one authority (definitions, listings).
    public static func read(_ level: MethodAccess.Level) -> Access {
        Access(.read, level, .none)
    }

    /// An import of one authority's data, named by the request's `authority` field.
    public static func write(authority field: any WritableKeyPath<Request, String> & Sendable, named name: String = "authority") -> Access {
        Access(.write, .records, Self.scope(field, name))
    }

    /// An import whose file names the authority of every row.
    public static var writeRowsOfFile: Access { Access(.write, .records, .rowsOfFile) }

    /// An import of figures for every authority (only principals holding all may call it).
    public static var writeAllAuthorities: Access { Access(.write, .records, .allAuthorities) }

    /// The admin service.
    public static var admin: Access { Access(.admin, .records, .none) }

    /// No credentials needed (the health check).
    public static var open: Access { Access(.open, .aggregate, .none) }

    private static func scope(_ field: any WritableKeyPath<Request, String> & Sendable, _ name: String) -> MethodAccess.AuthorityScope {
        .field(
            name: name,
            get: { ($0 as? Request)?[keyPath: field] },
            set: { message, value in
                guard var typed = message as? Request else { return message }
                typed[keyPath: field] = value
                return typed
            })
    }
}
