import CYPHubCore
import CYPHubHost
import CYPHubModules
import Foundation
import Testing

/// A key, variable or flag that nothing reads (usually a typo) stops start-up, naming where it was set and what it
/// is called there, in every layer and at every level, module settings included.
@Suite struct ConfigUnknownKeyTests {
    let file: String

    init() throws {
        file = try ConfigFile.write(
            #"{"listen": "127.0.0.1:0", "dataDirectory": "/tmp/unused", "modules": {"enabled": ["indicators", "capital"]}}"#)
    }

    /// The error start-up (`check`) gives for `sources`.
    func startUpError(_ sources: ConfigSources) async throws -> ConfigError {
        do {
            let configuration = try await ConfigLoader.load(sources)
            _ = try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        } catch let error as ConfigError {
            return error
        } catch HostError.unknownModule(let error) {
            return error
        }
        throw CLIError("expected a configuration error")
    }

    @Test func inTheFileAtEveryLevel() async throws {
        let nested = try ConfigFile.write(
            #"""
            {"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": ["capital"],
             "settings": {"capital": {"s106": {"costPerPlace": {"primary": 20000}, "multiplier": 2}}}},
             "limits": {"maxFrameByte": 1}}
            """#)
        var error = try await startUpError(ConfigSources(file: nested))
        #expect(error == ConfigError(file: nested, key: "limits.maxFrameByte", reason: error.reason))
        #expect(error.reason.contains("unknown key"))

        let inModule = try ConfigFile.write(
            #"""
            {"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": ["capital"],
             "settings": {"capital": {"s106": {"costPerPlace": {"primary": 20000}, "multiplier": 2}}}}}
            """#)
        error = try await startUpError(ConfigSources(file: inModule))
        #expect(error.file == inModule)
        #expect(error.key == "modules.settings.capital.s106.multiplier")
        #expect(error.reason == "unknown setting")
    }

    @Test func inTheEnvironment() async throws {
        var error = try await startUpError(ConfigSources(file: file, environment: ["CYPHUB_LISTN": "127.0.0.1:1"]))
        #expect(error.file == "environment")
        #expect(error.key == "CYPHUB_LISTN")
        #expect(error.reason.contains("unknown key"))

        error = try await startUpError(
            ConfigSources(file: file, environment: ["CYPHUB_MODULES_SETTINGS_INDICATORS_NO_TARGET_RUL": "none"]))
        #expect(error.file == "environment")
        #expect(error.key == "CYPHUB_MODULES_SETTINGS_INDICATORS_NO_TARGET_RUL")
        #expect(error.reason.contains("unknown setting for module 'indicators'"))

        error = try await startUpError(
            ConfigSources(file: file, environment: ["CYPHUB_MODULES_SETTINGS_SOCIAL_KARE_CASELOAD_THRESHOLDS_CIN": "18"]))
        #expect(error.file == "environment")
        #expect(error.key == "CYPHUB_MODULES_SETTINGS_SOCIAL_KARE_CASELOAD_THRESHOLDS_CIN")
        #expect(error.reason.contains("compiled modules: social-care"))

        // A key inside a map of fixed keys: named as the map reads it, with the variable.
        error = try await startUpError(
            ConfigSources(file: file, environment: ["CYPHUB_MODULES_SETTINGS_CAPITAL_S106_COST_PER_PLACE_NURSERY": "1"]))
        #expect(error.key == "modules.settings.capital.s106.costPerPlace.nursery")
        #expect(error.name == "CYPHUB_MODULES_SETTINGS_CAPITAL_S106_COST_PER_PLACE_NURSERY")
        #expect(error.reason.contains("expected one of primary, secondary"))

        // Variables without the prefix are not ours and are never read.
        let configuration = try await ConfigLoader.load(ConfigSources(file: file, environment: ["CYPHUBX": "1", "HOME": "/"]))
        _ = try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
    }

    @Test func onTheCommandLine() async throws {
        var error = try await startUpError(ConfigSources(file: file, arguments: ["--limits-max-frame-bytez", "1048576"]))
        #expect(error.file == "command line")
        #expect(error.key == "--limits-max-frame-bytez")
        #expect(error.reason.contains("unknown key"))

        error = try await startUpError(ConfigSources(file: file, arguments: ["--modules-settings-indicators-colour", "blue"]))
        #expect(error.file == "command line")
        #expect(error.key == "--modules-settings-indicators-colour")
        #expect(error.reason.contains("unknown setting for module 'indicators'"))

        // `--data-dir` is the flag for dataDirectory, not `--data-directory`; a word after no flag is reported too.
        error = try await startUpError(ConfigSources(file: file, arguments: ["--data-directory", "/x"]))
        #expect(error.key == "--data-directory")
        error = try await startUpError(ConfigSources(file: file, arguments: ["stray"]))
        #expect(error.key == "stray")
    }

    @Test func settingsForAModuleThatIsNotCompiledIn() async throws {
        let misspelt = try ConfigFile.write(
            #"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": [], "settings": {"social-kare": {}}}}"#)
        let error = try await startUpError(ConfigSources(file: misspelt))
        #expect(error.file == misspelt)
        #expect(error.key == "modules.settings.social-kare")
        #expect(error.reason.hasPrefix("settings for unknown module id 'social-kare'"))
    }
}
