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

@Suite struct ModuleSettingsSectionTests {
    @Test func readsANestedObjectAndNamesItsKeysInFull() throws {
        let settings = ModuleSettings(
            values: ["s106": .object(["yieldPerDwelling": .object(["primary": .number(0.25)]), "multiplier": .number(2)])],
            file: "cyphub.json", keyPrefix: "modules.settings.capital"
        )
        let (yields, multiplier) = try settings.section("s106") { section in
            (try section.doubleMap("yieldPerDwelling"), try section.double("multiplier", default: 1))
        }
        #expect(yields == ["primary": 0.25])
        #expect(multiplier == 2)
        #expect(settings.unreadKeys == [])
        #expect { try settings.section("s106") { try $0.doubleMap("yieldPerDwelling", allowedKeys: ["secondary"]) } } throws: {
            error in (error as? ConfigError)?.key == "modules.settings.capital.s106.yieldPerDwelling.primary"
        }
    }

    @Test func refusesAKeyTheBodyDidNotReadAndANonObject() throws {
        let settings = ModuleSettings(
            values: ["s106": .object(["yeildPerDwelling": .number(1)]), "flat": .number(3)],
            file: "cyphub.json", keyPrefix: "modules.settings.capital"
        )
        #expect { try settings.section("s106") { try $0.doubleMap("yieldPerDwelling") } } throws: { error in
            (error as? ConfigError)?.key == "modules.settings.capital.s106.yeildPerDwelling"
        }
        #expect { try settings.section("flat") { _ in 0 } } throws: { error in
            (error as? ConfigError)?.reason == "expected an object, found a number"
        }
        #expect(try settings.section("absent") { $0.isEmpty })
    }
}
