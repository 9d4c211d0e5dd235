/// A type built from one row of a query's result, read in place (no dictionary per row).
///
/// ```swift
/// struct Caseload: SQLRowDecodable {
///     let workerID: String
///     let cases: Int
///     let families: Int?
///
///     init(row: SQLRowCursor) throws {
///         workerID = try row["worker_id"]
///         cases = try row["cases"]
///         families = try row["families"]
///     }
/// }
///
/// let caseloads = try db.fetchAll(Caseload.self, "SELECT worker_id, cases, families FROM …", [.text(authority)])
/// ```
///
/// `Int`, `Int64`, `Double`, `String` and `Bool` conform too, reading the leftmost column, so
/// `try db.fetchOne(Int.self, "SELECT COUNT(*) FROM …")` is a count. ``SQLRow`` conforms by
/// copying every column into its dictionary, which is what ``SQLConnection/rows(_:_:)`` returns.
public protocol SQLRowDecodable {
    /// Reads the row. `row` is valid only during this call.
    init(row: SQLRowCursor) throws
}

extension Int: SQLRowDecodable {
    /// The leftmost column, as a whole number.
    public init(row: SQLRowCursor) throws { self = try row[0] }
}

extension Int64: SQLRowDecodable {
    /// The leftmost column, as a whole number.
    public init(row: SQLRowCursor) throws { self = try row[0] }
}

extension Double: SQLRowDecodable {
    /// The leftmost column, as a number.
    public init(row: SQLRowCursor) throws { self = try row[0] }
}

extension String: SQLRowDecodable {
    /// The leftmost column, as text.
    public init(row: SQLRowCursor) throws { self = try row[0] }
}

extension Bool: SQLRowDecodable {
    /// The leftmost column, as a Bool (non-zero is true).
    public init(row: SQLRowCursor) throws { self = try row[0] }
}
