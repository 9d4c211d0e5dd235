/// Aggregate figures (suppressed as partners see them) or the underlying records (internal and admin only).
public enum SnapshotKind: String, Sendable, Hashable, CaseIterable {
    /// The figures, built from values already suppressed under ``SmallNumberRule``: partners may pull them.
    case aggregate
    /// The underlying rows (one per worker, plan, school…): internal and admin principals only.
    case records
}

/// Which snapshot: a module's data for one authority, period and kind (`social-care`, `E06000016`, `2024-10-04`,
/// aggregate). A published snapshot has any number of versions under one name.
public struct SnapshotName: Sendable, Hashable, CustomStringConvertible {
    /// The module's id (`social-care`).
    public var module: String
    /// The authority's ONS code.
    public var authority: String
    /// The period as the module names it: a date (`2024-10-04`), a year (`2024-25`), a plan or version name.
    public var period: String
    /// Aggregate or records.
    public var kind: SnapshotKind

    /// A name.
    public init(module: String, authority: String, period: String, kind: SnapshotKind) {
        self.module = module
        self.authority = authority
        self.period = period
        self.kind = kind
    }

    /// `social-care/E06000016/2024-10-04/aggregate`, for messages.
    public var description: String { "\(module)/\(authority)/\(period)/\(kind.rawValue)" }
}

/// One value of a snapshot row.
public enum SnapshotValue: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A whole number (counts, money in pounds).
    case integer(Int64)
    /// A number with a fraction (rates, percentages); must be finite.
    case decimal(Double)
}

/// One row of a snapshot: its key, unique within the snapshot and the same for the same thing in every version
/// (`cin`, `E06000016/W0042`), and its values in the snapshot's column order.
public struct SnapshotDataRow: Sendable, Hashable {
    /// The row's stable key.
    public var key: String
    /// One value per column, in column order.
    public var values: [SnapshotValue]

    /// A row.
    public init(key: String, values: [SnapshotValue]) {
        self.key = key
        self.values = values
    }
}

/// A snapshot's contents as a module yields them: the column names and the rows in a stable order (the same data
/// gives the same rows in the same order, so the same bytes and the same version).
public struct SnapshotContent: Sendable {
    /// The column names, in order (not counting the row key).
    public var columns: [String]
    /// The rows, in the module's stable order.
    public var rows: [SnapshotDataRow]

    /// Contents of `columns` and `rows`.
    public init(columns: [String], rows: [SnapshotDataRow]) {
        self.columns = columns
        self.rows = rows
    }
}

/// What a module can snapshot, and the rows of each: the one protocol every module implements to take part in
/// snapshots (``DomainModule/snapshotSource(context:)``).
///
/// Aggregate contents must be built from figures as partners see them (small numbers already withheld, e.g. by
/// calling `suppressingSmallNumbers()` on the module's response): the host serves one copy to every principal.
public protocol SnapshotSource: Sendable {
    /// The snapshots the module can build for `authority` now (module id filled in), oldest period first.
    func availableSnapshots(authority: String) async throws -> [SnapshotName]

    /// The contents of `name`. Throws `NOT_FOUND` (naming what is missing) when the module holds no such data.
    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent
}
