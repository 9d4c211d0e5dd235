import CYPHubCore
import Foundation
import Logging
import Testing

/// The one reader over several layers: flags, then the environment, then a file (here, settings in code).
@Suite struct SettingsReaderTests {
    func reader(
        file: [String: SettingValue],
        environment: [String: String] = [:],
        arguments: [String] = []
    ) -> SettingsReader {
        SettingsReader(
            layers: [
                TextLayer.commandLine(arguments: arguments),
                TextLayer.environment(prefix: "cyphub", variables: environment),
                TreeLayer(name: "cyphub.json", values: file),
            ],
            primary: "cyphub.json"
        )
    }

    @Test func aFlagBeatsAVariableWhichBeatsTheFileKeyByKey() throws {
        let settings = reader(
            file: ["modules": .object(["settings": .object(["capital": .object(["rate": .number(1), "name": .string("file")])])])],
            environment: ["CYPHUB_MODULES_SETTINGS_CAPITAL_RATE": "2", "CYPHUB_MODULES_SETTINGS_CAPITAL_NAME": "environment"],
            arguments: ["--modules-settings-capital-rate", "3"]
        ).scoped(to: "modules.settings.capital")
        #expect(try settings.double("rate", default: 0) == 3)
        #expect(try settings.string("name", default: "") == "environment")
        #expect(try settings.int("absent", default: 7) == 7)
        #expect(settings.unreadKeys.isEmpty)
    }

    @Test func aMapMergesItsKeysAcrossLayersAndRejectsKeysOutsideItsList() throws {
        let settings = reader(
            file: ["thresholds": .object(["cin": .number(20), "sat": .number(20)])],
            environment: ["CYPHUB_THRESHOLDS_SAT": "18", "CYPHUB_THRESHOLDS_EARLY_HELP_CLUSTER_FAMILIES": "6"]
        )
        let allowed: Set<String> = ["cin", "sat", "early_help_cluster_families"]
        #expect(try settings.intMap("thresholds", allowedKeys: allowed) == ["cin": 20, "sat": 18, "early_help_cluster_families": 6])
        let typo = reader(file: [:], environment: ["CYPHUB_THRESHOLDS_CNI": "18"])
        #expect(
            throws: ConfigError(
                file: "environment", key: "thresholds.cni", reason: "unknown key; expected one of cin, early_help_cluster_families, sat",
                name: "CYPHUB_THRESHOLDS_CNI")
        ) {
            try typo.intMap("thresholds", allowedKeys: allowed)
        }
    }

    @Test func listsFromEachLayer() throws {
        let settings = reader(
            file: ["horizons": .array([.number(1), .number(2)]), "weights": .array([.number(0.5), .number(0.5)])],
            environment: ["CYPHUB_HORIZONS": "1,2,3"],
            arguments: ["--ids", "a,b", "c"]
        )
        #expect(try settings.intList("horizons", default: []) == [1, 2, 3])
        #expect(try settings.doubleList("weights", default: []) == [0.5, 0.5])
        #expect(try settings.stringList("ids", default: []) == ["a", "b", "c"])
    }

    @Test func typesInAFileAreStrict() throws {
        let settings = reader(file: [
            "flag": .number(1), "count": .bool(true), "ratio": .string("0.5"), "list": .array([.number(1), .string("2")]),
        ])
        #expect(throws: ConfigError(file: "cyphub.json", key: "flag", reason: "expected true or false, found a number")) {
            try settings.bool("flag", default: false)
        }
        #expect(throws: ConfigError(file: "cyphub.json", key: "count", reason: "expected a whole number, found a boolean")) {
            try settings.int("count", default: 0)
        }
        #expect(throws: ConfigError(file: "cyphub.json", key: "ratio", reason: "expected a number, found a string")) {
            try settings.double("ratio", default: 0)
        }
        #expect(throws: ConfigError(file: "cyphub.json", key: "list[1]", reason: "expected a whole number, found a string")) {
            try settings.intList("list", default: [])
        }
    }

    @Test func textIsParsedAsTheProviderParsesIt() throws {
        let settings = reader(
            file: [:], environment: ["CYPHUB_ON": "yes", "CYPHUB_OFF": "0", "CYPHUB_RATE": "inf"], arguments: ["--verbose"])
        #expect(try settings.bool("on", default: false))
        #expect(try !settings.bool("off", default: true))
        #expect(try settings.bool("verbose", default: false))
        #expect(throws: ConfigError(file: "environment", key: "rate", reason: "expected a finite number, found inf", name: "CYPHUB_RATE")) {
            try settings.double("rate", default: 0)
        }
    }

    @Test func reportsWhatNothingReadInEveryLayerByItsOwnName() throws {
        let settings = reader(
            file: ["listen": .string("h:1"), "colour": .object(["shade": .string("blue")])],
            environment: ["CYPHUB_LISTN": "h:2"],
            arguments: ["--lisen", "h:3"]
        )
        _ = try settings.string("listen", default: "")
        #expect(settings.unreadKeys == ["--lisen", "CYPHUB_LISTN", "colour"])
        #expect(throws: ConfigError(file: "command line", key: "--lisen", reason: "unknown key")) {
            try settings.rejectUnread("unknown key")
        }
    }

    @Test func aValueWhereAnObjectBelongsIsReportedEvenUnderAHigherLayersKeys() throws {
        let settings = reader(file: ["s106": .number(5)], environment: ["CYPHUB_S106_MULTIPLIER": "2"])
        #expect(throws: ConfigError(file: "cyphub.json", key: "s106", reason: "expected an object, found a number")) {
            try settings.section("s106") { try $0.double("multiplier", default: 1) }
        }
        let flat = reader(file: [:], environment: ["CYPHUB_S106": "2"])
        #expect(throws: ConfigError(file: "environment", key: "s106", reason: "expected an object, found '2'", name: "CYPHUB_S106")) {
            try flat.intMap("s106")
        }
    }

    @Test func aRemovedSettingSaysWhereItWent() throws {
        let settings = ModuleSettings(
            values: ["old": .object(["cin": .number(15)])], file: "cyphub.json", keyPrefix: "modules.settings.workforce")
        #expect(throws: ConfigError(file: "cyphub.json", key: "modules.settings.workforce.old", reason: "moved to new")) {
            try settings.removed("old", "moved to new")
        }
        #expect(settings.unreadKeys.isEmpty)
        try ModuleSettings(values: [:], file: "cyphub.json", keyPrefix: "modules.settings.workforce").removed("old", "moved")
    }

    @Test func aModuleReadsAnotherModulesSectionThroughItsContext() async throws {
        let root = ModuleSettings(
            values: ["social-care": .object(["thresholds": .object(["cin": .number(15)])]), "workforce": .object([:])],
            file: "cyphub.json", keyPrefix: "modules.settings"
        )
        let context = ModuleContext(settings: root.scoped(to: "workforce"), storage: try .inMemory(), logger: Logger(label: "t"))
        let shared = context.settings(ofModule: "social-care")
        #expect(shared.keyPrefix == "modules.settings.social-care")
        #expect(try shared.intMap("thresholds") == ["cin": 15])
        // Read through workforce's context, the key counts as read in social care's section too.
        #expect(root.scoped(to: "social-care").unreadKeys.isEmpty)
    }
}
