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

/// A snapshot's contents as a module yields them: the column names and the rows, in any order (the host publishes
/// them in key order, ``SnapshotKeyOrder``, so the same data gives the same bytes and the same version).
public struct SnapshotContent: Sendable {
    /// The column names, in order (not counting the row key).
    public var columns: [String]
    /// The rows (each key once).
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
///
/// A module implements ``snapshotContent(_:)`` for snapshots small enough to build in memory (the host sorts the rows
/// by key), and ``snapshotRows(_:)`` as well for large ones (record-level rows), so that the host can read them a page
/// at a time and never hold the whole.
public protocol SnapshotSource: Sendable {
    /// The snapshots the module can build for `authority` now (module id filled in), oldest period first.
    func availableSnapshots(authority: String) async throws -> [SnapshotName]

    /// The contents of `name`. Throws `NOT_FOUND` (naming what is missing) when the module holds no such data.
    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent

    /// The columns of `name`, and its rows a page at a time in ascending key order (``SnapshotKeyOrder``). Throws
    /// `NOT_FOUND` when the module holds no such data. The default builds ``snapshotContent(_:)`` once and pages
    /// through it sorted.
    func snapshotRows(_ name: SnapshotName) async throws -> SnapshotRows
}

extension SnapshotSource {
    public func snapshotRows(_ name: SnapshotName) async throws -> SnapshotRows {
        try SnapshotRows(sorting: try await snapshotContent(name))
    }
}

/// A snapshot's columns and a way to read its rows a page at a time (``SnapshotSource/snapshotRows(_:)``).
public struct SnapshotRows: Sendable {
    /// The column names, in order (not counting the row key).
    public var columns: [String]
    /// Up to `limit` rows whose keys come after `after` (from the first when nil), in ascending key order; empty when
    /// there are no more. Each call reads afresh (keyset paging), so a reader holds one page at a time.
    public var page: @Sendable (_ after: String?, _ limit: Int) async throws -> [SnapshotDataRow]

    /// Rows of `columns`, read by `page`.
    public init(
        columns: [String], page: @escaping @Sendable (_ after: String?, _ limit: Int) async throws -> [SnapshotDataRow]
    ) {
        self.columns = columns
        self.page = page
    }

    /// The rows of `content`, held and sorted by key (for snapshots small enough to build in memory). Throws when two
    /// rows have one key.
    public init(sorting content: SnapshotContent) throws(SnapshotEncodingError) {
        let rows = content.rows.sorted { SnapshotKeyOrder.precedes($0.key, $1.key) }
        for (earlier, later) in zip(rows, rows.dropFirst()) where earlier.key == later.key {
            throw SnapshotEncodingError("two rows have the key '\(later.key)'")
        }
        self.init(columns: content.columns) { after, limit in
            // The first row whose key comes after `after` (the rows are sorted, so a binary search finds it).
            var low = 0
            var high = rows.count
            if let after {
                while low < high {
                    let middle = (low + high) / 2
                    if SnapshotKeyOrder.precedes(after, rows[middle].key) { high = middle } else { low = middle + 1 }
                }
            }
            return Array(rows[low..<min(rows.count, low + max(1, limit))])
        }
    }
}

/// The order of a snapshot's rows: ascending by key, comparing the keys' UTF-8 bytes (as SQLite's `BINARY` collation
/// and `memcmp` do), so that two versions can be compared row by row in one pass, holding neither.
public enum SnapshotKeyOrder {
    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Whether `a` comes before `b`, both as UTF-8 bytes.
    public static func precedes(_ a: some Sequence<UInt8>, _ b: some Sequence<UInt8>) -> Bool {
        a.lexicographicallyPrecedes(b)
    }
}
