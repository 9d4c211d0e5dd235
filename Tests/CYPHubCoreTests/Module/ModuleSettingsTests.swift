import CYPHubCore
import Testing

@Suite struct ModuleSettingsTests {
    @Test func readsTypedValuesAndReportsUnreadKeys() throws {
        let settings = ModuleSettings(
            values: ["threshold": .number(25), "name": .string("x"), "thresholds": .object(["cin": .number(20)]), "typo": .bool(true)],
            file: "cyphub.json", keyPrefix: "modules.settings.social-care"
        )
        #expect(try settings.int("threshold", default: 20) == 25)
        #expect(try settings.int("absent", default: 20) == 20)
        #expect(try settings.string("name", default: "") == "x")
        #expect(try settings.intMap("thresholds", allowedKeys: ["cin"]) == ["cin": 20])
        #expect(settings.unreadKeys == ["typo"])
    }

    @Test func namesTheFileAndTheFullKeyOfABadValue() throws {
        let settings = ModuleSettings(
            values: ["threshold": .string("high"), "thresholds": .object(["cni": .number(20)])],
            file: "cyphub.json", keyPrefix: "modules.settings.social-care"
        )
        #expect(
            throws: ConfigError(
                file: "cyphub.json", key: "modules.settings.social-care.threshold", reason: "expected a whole number, found a string")
        ) {
            try settings.int("threshold", default: 20)
        }
        #expect { try settings.intMap("thresholds", allowedKeys: ["cin"]) } throws: { error in
            (error as? ConfigError)?.key == "modules.settings.social-care.thresholds.cni"
        }
    }

    @Test func storesAndReadsInOneTransaction() async throws {
        let storage = try Storage.inMemory()
        try storage.migrate(namespace: "t", [Migration(id: "001", sql: "CREATE TABLE t (v INTEGER NOT NULL)")])
        try await storage.write { db in try db.execute("INSERT INTO t VALUES (?)", [1]) }
        await #expect(throws: (any Error).self) {
            try await storage.write { db in
                try db.execute("INSERT INTO t VALUES (?)", [2])
                try db.execute("INSERT INTO t VALUES (?)", [.null])  // NOT NULL fails: the whole write is undone
            }
        }
        let values = try await storage.read { db in try db.rows("SELECT v FROM t ORDER BY v").map { try $0.int("v") } }
        #expect(values == [1])
        // Migrations run once: applying the same list again changes nothing.
        try storage.migrate(namespace: "t", [Migration(id: "001", sql: "CREATE TABLE t (v INTEGER NOT NULL)")])
    }
}
