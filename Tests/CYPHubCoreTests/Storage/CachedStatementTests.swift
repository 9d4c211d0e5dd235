internal import CYPHubCore
internal import Testing

/// Whether this SQLite lists a connection's prepared statements (`sqlite_stmt`, ENABLE_STMTVTAB).
private func sqliteListsStatements() async throws -> Bool {
    let storage = try Storage.inMemory()
    return (try? await storage.read { db in try db.fetchOne(Int.self, "SELECT COUNT(*) FROM sqlite_stmt") }) != nil
}

@Suite struct CachedStatementTests {
    private static let select = "SELECT v FROM t WHERE v >= ? ORDER BY v"

    private func storage() throws -> Storage {
        let storage = try Storage.inMemory()
        try storage.migrate(namespace: "test", [Migration(id: "001", sql: "CREATE TABLE t (v INTEGER NOT NULL)")])
        return storage
    }

    @Test func theSameQueryAgainSeesRowsInsertedInBetween() async throws {
        let storage = try storage()
        try await storage.write { db in try db.executeMany("INSERT INTO t (v) VALUES (?)", rows: [[1], [2], [3]]) }
        let (first, second, third) = try await storage.write { db in
            let first = try db.fetchAll(Int.self, Self.select, [2])
            try db.executeMany("INSERT INTO t (v) VALUES (?)", rows: [[4], [0]])
            let second = try db.fetchAll(Int.self, Self.select, [2])
            let third = try db.rows(Self.select, [0]).map { try $0.int("v") }
            return (first, second, third)
        }
        #expect(first == [2, 3])
        #expect(second == [2, 3, 4])
        #expect(third == [0, 1, 2, 3, 4])
        // In a later read (another use of the connection's cache) with other arguments.
        #expect(try await storage.read { db in try db.fetchAll(Int.self, Self.select, [4]) } == [4])
    }

    @Test func aStoppedQueryLeavesTheStatementReadyForTheNextCall() async throws {
        let storage = try storage()
        try await storage.write { db in try db.executeMany("INSERT INTO t (v) VALUES (?)", rows: [[1], [2], [3]]) }
        let (one, all, again) = try await storage.read { db in
            (
                try db.fetchOne(Int.self, Self.select, [1]), try db.fetchAll(Int.self, Self.select, [1]),
                try db.fetchOne(Int.self, Self.select, [3])
            )
        }
        #expect(one == 1)
        #expect(all == [1, 2, 3])
        #expect(again == 3)
    }

    @Test func aSchemaChangeGivesTheSameSQLTheNewColumns() async throws {
        let storage = try storage()
        let (before, after) = try await storage.write { db in
            try db.execute("INSERT INTO t (v) VALUES (?)", [1])
            let before = try db.rows("SELECT * FROM t")
            try db.execute("DROP TABLE t; CREATE TABLE t (v INTEGER NOT NULL, w TEXT)")
            try db.execute("INSERT INTO t (v, w) VALUES (?, ?)", [2, "two"])
            return (before, try db.rows("SELECT * FROM t"))
        }
        #expect(before.map(\.columns) == [["v": 1]])
        #expect(after.map(\.columns) == [["v": 2, "w": "two"]])
    }

    @Test func executeWithArgumentsStillRunsSeveralStatements() async throws {
        let storage = try storage()
        try await storage.write { db in
            try db.execute("INSERT INTO t (v) VALUES (?); INSERT INTO t (v) VALUES (?)", [1, 2])
            for value in 3...5 { try db.execute("INSERT INTO t (v) VALUES (?)", [.int(value)]) }
        }
        #expect(try await storage.read { db in try db.fetchAll(Int.self, Self.select, [0]) } == [1, 2, 3, 4, 5])
    }

    @Test(.enabled("SQLite lists prepared statements") { try await sqliteListsStatements() })
    func aQueryRunInALoopIsPreparedOnceAndRunEachTime() async throws {
        let storage = try storage()
        let statements = try await storage.write { db in
            try db.executeMany("INSERT INTO t (v) VALUES (?)", rows: [[1], [2], [3]])
            try db.executeMany("INSERT INTO t (v) VALUES (?)", rows: [[4]])
            for value in 5...7 {
                try db.execute("INSERT INTO t (v) VALUES (?) -- one by one", [.int(value)])
                _ = try db.fetchAll(Int.self, Self.select, [.int(value)])
                _ = try db.row(Self.select, [.int(value)])
            }
            return try db.rows("SELECT sql, run FROM sqlite_stmt WHERE sql LIKE '% t %' AND sql NOT LIKE '%sqlite_stmt%'")
                .map { (try $0.string("sql"), try $0.int("run")) }
        }
        // One prepared statement per SQL text, run every time it was used.
        let runs = Dictionary(statements, uniquingKeysWith: { _, _ in -1 })
        #expect(statements.count == 3)
        #expect(runs["INSERT INTO t (v) VALUES (?)"] == 4)
        #expect(runs["INSERT INTO t (v) VALUES (?) -- one by one"] == 3)
        #expect(runs[Self.select] == 6)
    }

    @Test func aFailingWriteStoresNothing() async throws {
        let storage = try storage()
        try await storage.write { db in try db.execute("INSERT INTO t (v) VALUES (?)", [1]) }
        // A constraint failing half-way through executeMany.
        await #expect(throws: StorageError.self) {
            try await storage.write { db in try db.executeMany("INSERT INTO t (v) VALUES (?)", rows: [[2], [3], [.null], [4]]) }
        }
        // A typed read failing after an insert.
        await #expect(throws: StorageError.wrongType(column: "v", expected: "text", value: .integer(1))) {
            try await storage.write { db in
                try db.execute("INSERT INTO t (v) VALUES (?)", [5])
                _ = try db.fetchAll(String.self, "SELECT v FROM t ORDER BY v")
            }
        }
        // The closure's own error.
        struct Abandoned: Error {}
        await #expect(throws: Abandoned.self) {
            try await storage.write { db in
                try db.executeMany("INSERT INTO t (v) VALUES (?)", rows: [[6], [7]])
                throw Abandoned()
            }
        }
        #expect(try await storage.read { db in try db.fetchAll(Int.self, Self.select, [0]) } == [1])
    }
}
