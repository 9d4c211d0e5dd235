import Foundation

/// An import of one CSV file of any size sent in pieces to a client-streaming method, all or nothing: each piece's
/// rows are parsed and checked as it arrives (``CSVStreamReader``) and staged in a temporary table of the database's
/// writer connection, a batch at a time (a row repeating an earlier one is found there, by its identity); once the
/// client has sent the last piece and no row failed, the module's ``commit`` moves the staged rows into its tables in
/// one transaction. Memory holds one piece and one batch, whatever the file's size. A failed, cancelled or broken
/// upload drops its staging table and stores nothing (a temporary table also goes with the connection, should the
/// host stop mid-upload).
///
/// The module says what the file is (``Plan``); ``run(_:storage:plan:)`` does the rest:
///
/// ```swift
/// try router.register(Things.Method.ImportStream.self, access: .writeRowsOfFile) { pieces, _ in
///     try await StreamedImport.run(pieces, storage: storage) { first in
///         StreamedImport.Plan(fileName: first.fileName, requiredColumns: […], columns: ["authority", "count"],
///                             parse: { record throws(ImportIssue) in … }, commit: { db, staged in … })
///     }
/// }
/// ```
public enum StreamedImport {
    /// Rows staged per write.
    public static let batchRows = 5_000
    /// Bytes of a piece parsed at a time.
    public static let sliceBytes = 64 << 10

    /// One checked row as it is staged.
    public struct Row: Sendable {
        /// One value per staged column (``Plan/columns``), in order.
        public var values: [SQLValue]
        /// What the file holds one row per (authority, date, …); nil for a row that may repeat.
        public var identity: String?
        /// The column a duplicate of this row is reported against.
        public var column: String
        /// The row as a duplicate's issue names it (`plan P12`); empty when the reason needs no name.
        public var described: String
        /// The module's own parsed record, for ``Plan/checkBatch`` (not staged).
        public var record: (any Sendable)?

        /// A staged row.
        public init(
            values: [SQLValue], identity: String?, column: String, described: String = "", record: (any Sendable)? = nil
        ) {
            self.values = values
            self.identity = identity
            self.column = column
            self.described = described
            self.record = record
        }
    }

    /// The staging table the rows went to, as ``Plan/commit`` reads it.
    public struct Staged: Sendable {
        /// The table's qualified name (`temp.…`): the plan's columns, then ``lineColumn`` and ``identityColumn``.
        public var table: String
        /// Rows staged.
        public var rows: Int
        /// The file's name.
        public var fileName: String
        /// The column holding each row's line in the file (order by it to keep the file's order).
        public var lineColumn: String { "staged_line" }
        /// The column holding each row's identity.
        public var identityColumn: String { "staged_identity" }

        /// Reads the staged rows in file order, ``StreamedImport/batchRows`` at a time, as each row's values of
        /// `columns` (memory holds one batch).
        public func forEachBatch(
            _ db: SQLConnection, columns: [String], _ body: (_ rows: [[SQLValue]]) throws -> Void
        ) throws {
            let select =
                "SELECT \(columns.joined(separator: ", ")), \(lineColumn) FROM \(table) WHERE \(lineColumn) > ? "
                + "ORDER BY \(lineColumn) LIMIT \(StreamedImport.batchRows)"
            var after = 0
            while true {
                let rows = try db.rows(select, [.int(after)])
                guard let last = rows.last else { return }
                try body(rows.map { row in columns.map { row[$0] } })
                after = try last.int(lineColumn)
            }
        }
    }

    /// What a module says about the file its first piece names.
    public struct Plan<Result: Sendable>: Sendable {
        /// The file's name, used in every issue.
        public var fileName: String
        /// Columns the file must have.
        public var requiredColumns: [String]
        /// Columns the file may have.
        public var optionalColumns: [String]
        /// The staged columns: each ``Row``'s values, in order.
        public var columns: [String]
        /// Checks one record and gives its staged values.
        public var parse: @Sendable (CSVRecord) throws(ImportIssue) -> Row
        /// Why a row that repeats the row on the given line is refused.
        public var duplicateReason: @Sendable (_ row: Row, _ firstLine: Int) -> String
        /// Why a file with a header and no rows is refused.
        public var noRowsReason: String
        /// Checks a batch of good rows against what the database holds (in the transaction that stages them), giving
        /// an issue for each row that fails; a failing row is not staged. Nil: no such check.
        public var checkBatch: (@Sendable (SQLConnection, _ rows: [(line: Int, row: Row)]) throws -> [ImportIssue])?
        /// Moves the staged rows into the module's tables, inside the one write transaction that also drops the
        /// staging table; throwing (an ``ImportError`` for a check across rows) stores nothing.
        public var commit: @Sendable (SQLConnection, Staged) throws -> Result

        /// A plan; the staged rows of a file with no rows are refused with `noRowsReason`.
        public init(
            fileName: String, requiredColumns: [String], optionalColumns: [String] = [], columns: [String],
            parse: @escaping @Sendable (CSVRecord) throws(ImportIssue) -> Row,
            duplicateReason: @escaping @Sendable (_ row: Row, _ firstLine: Int) -> String = { "duplicate of line \($1)" },
            noRowsReason: String = "the file has no data rows: nothing to import",
            checkBatch: (@Sendable (SQLConnection, _ rows: [(line: Int, row: Row)]) throws -> [ImportIssue])? = nil,
            commit: @escaping @Sendable (SQLConnection, Staged) throws -> Result
        ) {
            self.fileName = fileName
            self.requiredColumns = requiredColumns
            self.optionalColumns = optionalColumns
            self.columns = columns
            self.parse = parse
            self.duplicateReason = duplicateReason
            self.noRowsReason = noRowsReason
            self.checkBatch = checkBatch
            self.commit = commit
        }
    }

    /// Reads the pieces, checks and stages the rows, and commits them when the last piece has arrived. `plan` is given
    /// the first piece (it validates the dataset and the file name it carries); no piece at all is `INVALID_ARGUMENT`.
    public static func run<Piece: ImportStreamPiece, Result: Sendable>(
        _ pieces: RequestStream<Piece>, storage: Storage, plan makePlan: (Piece) throws -> Plan<Result>
    ) async throws -> Result {
        var iterator = pieces.makeAsyncIterator()
        guard let first = try await iterator.next() else { throw nothingSent(Piece.self) }
        let plan = try makePlan(first)
        let upload = Upload(
            plan: plan, storage: storage,
            staging: "import_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())
        try await upload.createStaging()
        do {
            var reader = CSVStreamReader(
                fileName: plan.fileName, requiredColumns: plan.requiredColumns, optionalColumns: plan.optionalColumns)
            var staged = 0
            var piece: Piece? = first
            while let current = piece {
                // A piece is read a slice at a time, each slice's rows staged before the next is read: what is held is
                // a slice's records, not a whole piece's (bulk-bench, 100 MB in 1 MiB pieces: +29 MiB of host memory
                // at the peak against +47 MiB reading whole pieces).
                let bytes = current.importBytes
                var offset = 0
                repeat {
                    let end = Swift.min(offset + Self.sliceBytes, bytes.count)
                    staged += try await upload.stage(try reader.read(Array(bytes[offset..<end])), issues: &reader.issues)
                    offset = end
                } while offset < bytes.count
                piece = try await iterator.next()
            }
            staged += try await upload.stage(try reader.finish(), issues: &reader.issues)
            if let refusal = reader.issues.error { throw refusal }
            guard staged > 0 else {
                throw ImportError(ImportIssue(file: plan.fileName, line: 0, column: "", reason: plan.noRowsReason))
            }
            try Task.checkCancellation()
            return try await upload.commit(rows: staged)
        } catch {
            await upload.dropStaging()
            throw error
        }
    }

    /// `INVALID_ARGUMENT`: a client-streamed import that sent no piece.
    static func nothingSent<Piece: ImportStreamPiece>(_: Piece.Type) -> RPCError {
        let name = Piece.protoName.split(separator: ".").last.map(String.init) ?? Piece.protoName
        return RPCError.invalidArgument("no \(name) was sent: the first names the dataset and the file")
    }

    /// One upload's staging table.
    private struct Upload<Result: Sendable>: Sendable {
        let plan: Plan<Result>
        let storage: Storage
        /// The staging table's name, without `temp.`.
        let staging: String

        private var stagingColumns: [String] { plan.columns + ["staged_line", "staged_identity"] }

        /// The staging table: the plan's columns, each row's line as the table's key (so reading in file order and
        /// `forEachBatch` use it, whatever the file's size) and its identity, unique.
        func createStaging() async throws {
            let columns = plan.columns.map { "\($0) ANY" }.joined(separator: ", ")
            let sql =
                "CREATE TEMP TABLE \(staging) (\(columns), staged_line INTEGER PRIMARY KEY, staged_identity ANY, "
                + "UNIQUE (staged_identity))"
            try await storage.write { db in try db.execute(sql) }
        }

        /// Drops the staging table, even when the call was cancelled (in a task of its own, which is not).
        func dropStaging() async {
            let (storage, sql) = (self.storage, "DROP TABLE IF EXISTS temp.\(staging)")
            await Task { try? await storage.write { db in try db.execute(sql) } }.value
        }

        /// Checks `records` and stages the good ones in batches; notes each failing row's issue (a duplicate's too,
        /// found by the staging table's key) in file order. Returns the rows staged.
        func stage(_ records: [CSVRecord], issues: inout ImportIssues) async throws -> Int {
            var staged = 0
            var start = records.startIndex
            let insert =
                "INSERT OR IGNORE INTO temp.\(staging) (\(stagingColumns.joined(separator: ", "))) "
                + "VALUES (\(stagingColumns.map { _ in "?" }.joined(separator: ", ")))"
            let firstLine = "SELECT staged_line FROM temp.\(staging) WHERE staged_identity = ?"
            let (plan, fileName) = (self.plan, self.plan.fileName)
            while start < records.endIndex {
                let end = Swift.min(start + StreamedImport.batchRows, records.endIndex)
                var rows: [(line: Int, row: Row)] = []
                var found: [ImportIssue] = []
                for record in records[start..<end] {
                    do {
                        rows.append((record.line, try plan.parse(record)))
                    } catch {
                        found.append(error)
                    }
                }
                let batch = rows
                let (refused, duplicates) = try await storage.write { db in
                    let refused = try plan.checkBatch?(db, batch) ?? []
                    let refusedLines = Set(refused.map(\.line))
                    var duplicates: [ImportIssue] = []
                    for (line, row) in batch where !refusedLines.contains(line) {
                        let identity: SQLValue = row.identity.map { .text($0) } ?? .null
                        try db.execute(insert, row.values + [.int(line), identity])
                        guard db.changes == 0 else { continue }
                        let first = try db.row(firstLine, [identity])?.int("staged_line") ?? 0
                        duplicates.append(
                            ImportIssue(file: fileName, line: line, column: row.column, reason: plan.duplicateReason(row, first)))
                    }
                    return (refused, duplicates)
                }
                staged += rows.count - Set(refused.map(\.line)).count - duplicates.count
                for issue in (found + refused + duplicates).sorted(by: { $0.line < $1.line }) { issues.add(issue) }
                start = end
            }
            return staged
        }

        /// Runs the module's commit and drops the staging table, in one transaction.
        func commit(rows: Int) async throws -> Result {
            let staged = Staged(table: "temp.\(staging)", rows: rows, fileName: plan.fileName)
            let commit = plan.commit
            return try await storage.write { db in
                let result = try commit(db, staged)
                try db.execute("DROP TABLE \(staged.table)")
                return result
            }
        }
    }
}
