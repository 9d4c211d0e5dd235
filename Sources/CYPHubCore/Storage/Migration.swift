/// One schema change of a module, applied once per database in registration order, in a transaction.
public struct Migration: Sendable {
    /// Unique within the module, e.g. `001-create-snapshots`. Never rename an applied migration.
    public var id: String
    /// The change.
    public var apply: @Sendable (SQLConnection) throws -> Void

    /// A migration that runs code.
    public init(id: String, apply: @escaping @Sendable (SQLConnection) throws -> Void) {
        self.id = id
        self.apply = apply
    }

    /// A migration that runs SQL (several statements allowed).
    public init(id: String, sql: String) {
        self.id = id
        self.apply = { connection in try connection.execute(sql) }
    }
}
