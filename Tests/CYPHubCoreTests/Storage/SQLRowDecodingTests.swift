internal import CYPHubCore
internal import Testing

/// A stored kind, read through its raw value.
private enum Kind: String, SQLColumnDecodable {
    case cin
    case looked_after
}

/// Every supported column type, read by name.
private struct Everything: SQLRowDecodable, Equatable {
    var int: Int
    var int64: Int64
    var double: Double
    var string: String
    var bool: Bool
    var bytes: [UInt8]
    var kind: Kind
    var value: SQLValue
    var missing: Int?

    init(int: Int, int64: Int64, double: Double, string: String, bool: Bool, bytes: [UInt8], kind: Kind, value: SQLValue, missing: Int?) {
        (self.int, self.int64, self.double, self.string, self.bool) = (int, int64, double, string, bool)
        (self.bytes, self.kind, self.value, self.missing) = (bytes, kind, value, missing)
    }

    init(row: SQLRowCursor) throws {
        int = try row["int"]
        int64 = try row["int64"]
        double = try row["double"]
        string = try row["string"]
        bool = try row["bool"]
        bytes = try row["bytes"]
        kind = try row["kind"]
        value = try row["value"]
        missing = try row["missing"]
    }
}

/// One column, read as `Value` by name.
private struct One<Value: SQLColumnDecodable & Sendable>: SQLRowDecodable, Sendable {
    var value: Value
    init(row: SQLRowCursor) throws { value = try row["v"] }
}

/// A decoder that refuses every row with its own error.
private struct Refusing: SQLRowDecodable {
    struct Refused: Error, Equatable {}
    init(row: SQLRowCursor) throws { throw Refused() }
}

@Suite struct SQLRowDecodingTests {
    private func storage() async throws -> Storage {
        let storage = try Storage.inMemory()
        try storage.migrate(
            namespace: "test",
            [
                Migration(
                    id: "001",
                    sql: """
                        CREATE TABLE t (id INTEGER PRIMARY KEY, int INTEGER, int64 INTEGER, double REAL, string TEXT, bool INTEGER,
                            bytes BLOB, kind TEXT, value, missing INTEGER)
                        """)
            ])
        try await storage.write { db in
            try db.executeMany(
                "INSERT INTO t (id, int, int64, double, string, bool, bytes, kind, value, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows: [
                    [1, 42, .integer(Int64.max), 2.5, "Leicester", 1, .blob([0, 255]), "cin", 7, .null],
                    [2, -3, 0, 4, "", 0, .blob([]), "looked_after", "seven", 12],
                ])
        }
        return storage
    }

    @Test func decodesEveryTypeByNameIncludingNULLAsNil() async throws {
        let rows = try await storage().read { db in try db.fetchAll(Everything.self, "SELECT * FROM t ORDER BY id") }
        #expect(
            rows == [
                Everything(
                    int: 42, int64: .max, double: 2.5, string: "Leicester", bool: true, bytes: [0, 255], kind: .cin, value: .integer(7),
                    missing: nil),
                Everything(
                    int: -3, int64: 0, double: 4, string: "", bool: false, bytes: [], kind: .looked_after, value: .text("seven"),
                    missing: 12),
            ])
    }

    @Test func decodesByPositionAndByNameIgnoringCase() async throws {
        let storage = try await storage()
        let row = try await storage.read { db in
            try db.fetchOne(One<String>.self, "SELECT string AS V FROM t WHERE id = 1")
        }
        #expect(row?.value == "Leicester")
        struct Positional: SQLRowDecodable {
            var pair: (Int, String?)
            init(row: SQLRowCursor) throws { pair = (try row[0], try row[1]) }
        }
        let pairs = try await storage.read { db in
            try db.fetchAll(Positional.self, "SELECT id, CASE WHEN id = 2 THEN NULL ELSE string END FROM t ORDER BY id").map(\.pair)
        }
        #expect(pairs.map(\.0) == [1, 2])
        #expect(pairs.map(\.1) == ["Leicester", nil])
    }

    @Test func aDuplicateColumnNameReadsTheLeftmost() async throws {
        let value = try await storage().read { db in
            try db.fetchOne(One<Int>.self, "SELECT 1 AS v, 2 AS v")?.value
        }
        #expect(value == 1)
    }

    @Test func aWrongTypeNamesTheColumnWhatItHoldsAndWhatWasExpected() async throws {
        let storage = try await storage()
        let error = await #expect(throws: StorageError.self) {
            try await storage.read { db in try db.fetchAll(One<Int>.self, "SELECT string AS v FROM t WHERE id = 1") }
        }
        guard case .wrongType(let column, let expected, let value) = error else {
            Issue.record("expected wrongType, got \(String(describing: error))")
            return
        }
        #expect(column == "v")
        #expect(expected == "a whole number")
        #expect(value == .text("Leicester"))
        #expect(error?.description == "column v holds text 'Leicester', not a whole number")
    }

    @Test func aRealWithAFractionIsNotAWholeNumberButOneWithoutIs() async throws {
        let storage = try await storage()
        #expect(try await storage.read { db in try db.fetchOne(One<Int>.self, "SELECT 4.0 AS v")?.value } == 4)
        await #expect(throws: StorageError.wrongType(column: "v", expected: "a whole number", value: .real(2.5))) {
            try await storage.read { db in try db.fetchOne(One<Int>.self, "SELECT double AS v FROM t WHERE id = 1") }
        }
    }

    @Test func nullInANonOptionalColumnIsAWrongType() async throws {
        let storage = try await storage()
        await #expect(throws: StorageError.wrongType(column: "v", expected: "text", value: .null)) {
            try await storage.read { db in try db.fetchAll(One<String>.self, "SELECT missing AS v FROM t ORDER BY id") }
        }
        #expect(
            try await storage.read { db in try db.fetchAll(One<Int?>.self, "SELECT missing AS v FROM t ORDER BY id") }.map(\.value) == [
                nil, 12,
            ])
    }

    @Test func anUnknownRawValueNamesTheColumn() async throws {
        let storage = try await storage()
        await #expect(throws: StorageError.wrongType(column: "v", expected: "a Kind raw value", value: .text("Leicester"))) {
            try await storage.read { db in try db.fetchAll(One<Kind>.self, "SELECT string AS v FROM t") }
        }
    }

    @Test func aMissingColumnOrPositionNamesWhatTheResultHas() async throws {
        let storage = try await storage()
        await #expect(throws: StorageError.noSuchColumn(column: "v", columns: ["id", "string"])) {
            try await storage.read { db in try db.fetchAll(One<Int>.self, "SELECT id, string FROM t") }
        }
        struct Third: SQLRowDecodable {
            init(row: SQLRowCursor) throws { _ = try row[2] as Int }
        }
        await #expect(throws: StorageError.noSuchColumn(column: "#2", columns: ["id", "string"])) {
            try await storage.read { db in try db.fetchAll(Third.self, "SELECT id, string FROM t") }
        }
    }

    @Test func aDecodersOwnErrorPassesThroughUnchanged() async throws {
        let storage = try await storage()
        await #expect(throws: Refusing.Refused()) {
            try await storage.read { db in try db.fetchAll(Refusing.self, "SELECT id FROM t") }
        }
        // No row, no decoding: no error.
        #expect(try await storage.read { db in try db.fetchAll(Refusing.self, "SELECT id FROM t WHERE id > 9") }.isEmpty)
    }

    @Test func fetchOneReadsTheFirstRowOrNothing() async throws {
        let storage = try await storage()
        #expect(try await storage.read { db in try db.fetchOne(Int.self, "SELECT id FROM t ORDER BY id DESC") } == 2)
        #expect(try await storage.read { db in try db.fetchOne(Int.self, "SELECT id FROM t WHERE id > 9") } == nil)
        // Only the first row is decoded: the second would fail.
        #expect(try await storage.read { db in try db.fetchOne(One<Int>.self, "SELECT 1 AS v UNION ALL SELECT 'x'") }?.value == 1)
    }

    @Test func scalarTypesReadTheLeftmostColumn() async throws {
        let storage = try await storage()
        #expect(try await storage.read { db in try db.fetchOne(Int.self, "SELECT COUNT(*), 'x' FROM t") } == 2)
        #expect(try await storage.read { db in try db.fetchAll(String.self, "SELECT kind FROM t ORDER BY id") } == ["cin", "looked_after"])
        #expect(try await storage.read { db in try db.fetchAll(Double.self, "SELECT double FROM t ORDER BY id") } == [2.5, 4])
        #expect(try await storage.read { db in try db.fetchAll(Bool.self, "SELECT bool FROM t ORDER BY id") } == [true, false])
        #expect(try await storage.read { db in try db.fetchOne(Int64.self, "SELECT int64 FROM t WHERE id = 1") } == .max)
    }

    @Test func theCursorReportsItsColumnsValuesAndNULLs() async throws {
        struct Described: SQLRowDecodable {
            var names: [String]
            var count: Int
            var values: [SQLValue]
            var nulls: [Bool]
            init(row: SQLRowCursor) throws {
                names = row.columnNames
                count = row.count
                values = [try row.value("id"), try row.value(at: 1)]
                nulls = [try row.isNull("id"), try row.isNull(at: 1)]
            }
        }
        let described = try await storage().read { db in
            try db.fetchOne(Described.self, "SELECT id, missing FROM t WHERE id = 1")
        }
        #expect(described?.names == ["id", "missing"])
        #expect(described?.count == 2)
        #expect(described?.values == [.integer(1), .null])
        #expect(described?.nulls == [false, true])
    }

    @Test func theDictionaryRowsStillWorkAsBefore() async throws {
        let rows = try await storage().read { db in try db.rows("SELECT id, string, missing FROM t ORDER BY id") }
        #expect(
            rows.map(\.columns) == [
                ["id": .integer(1), "string": .text("Leicester"), "missing": .null],
                ["id": .integer(2), "string": .text(""), "missing": .integer(12)],
            ])
        #expect(try rows[0].int("id") == 1)
        #expect(rows[0]["absent"] == .null)
        #expect(throws: StorageError.self) { try rows[0].int("string") }
        let none = try await storage().read { db in try db.row("SELECT id FROM t WHERE id > 9") }
        #expect(none == nil)
    }
}
