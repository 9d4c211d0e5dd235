import CYPHubCore
import CYPHubHost
import CYPHubModules
import Foundation
import Testing

/// A malformed environment variable stops start-up with the same words as a malformed value in the file, naming
/// `environment`, the dotted key and the variable.
@Suite struct EnvironmentParsingTests {
    let file: String

    init() throws {
        file = try ConfigFile.write(
            #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": ["sufficiency", "indicators"]}}"#)
    }

    func error(_ environment: [String: String]) async throws -> ConfigError {
        do {
            _ = try HubHost.check(
                configuration: try await ConfigLoader.load(ConfigSources(file: file, environment: environment)),
                modules: BuiltInModules.all)
        } catch let error as ConfigError {
            return error
        }
        throw CLIError("expected a configuration error for \(environment)")
    }

    @Test(arguments: [
        ("CYPHUB_LIMITS_MAX_FRAME_BYTES", "big", "limits.maxFrameBytes", "expected a whole number, found 'big'"),
        ("CYPHUB_LIMITS_MAX_FRAME_BYTES", "10", "limits.maxFrameBytes", "10 is outside 1024...268435456"),
        ("CYPHUB_SHUTDOWN_GRACE_PERIOD_SECONDS", "1.5", "shutdownGracePeriodSeconds", "expected a whole number, found '1.5'"),
        ("CYPHUB_DEMO_DATA", "maybe", "demoData", "expected true or false, found 'maybe'"),
        ("CYPHUB_LISTEN", "nope", "listen", "'nope' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"),
        ("CYPHUB_LOG_LEVEL", "loud", "logLevel", "'loud' is not one of trace, debug, info, notice, warning, error, critical"),
        ("CYPHUB_MODULES_ENABLED", "send,send", "modules.enabled[1]", "module 'send' is listed twice"),
        (
            "CYPHUB_MODULES_SETTINGS_SUFFICIENCY_ACCURACY_HORIZONS", "1, x", "modules.settings.sufficiency.accuracyHorizons[1]",
            "expected a whole number, found 'x'"
        ),
        (
            "CYPHUB_MODULES_SETTINGS_SUFFICIENCY_ACCURACY_HORIZONS", "1,11", "modules.settings.sufficiency.accuracyHorizons[1]",
            "11 is outside 1...10"
        ),
        (
            "CYPHUB_MODULES_SETTINGS_INDICATORS_TREND_TOLERANCE_PERCENT", "lots", "modules.settings.indicators.trendTolerancePercent",
            "expected a number, found 'lots'"
        ),
        (
            "CYPHUB_MODULES_SETTINGS_INDICATORS_NO_TARGET_RULE", "guess", "modules.settings.indicators.noTargetRule",
            "'guess' is not one of none, england_average, neighbour_average"
        ),
    ])
    func namesTheVariableAndTheKey(variable: String, value: String, key: String, reason: String) async throws {
        let error = try await error([variable: value])
        #expect(error.file == "environment")
        #expect(error.key == key)
        #expect(error.name == variable)
        #expect(error.reason == reason)
        #expect(error.description == "environment: \(key) (\(variable)): \(reason)")
    }

    @Test func theSameValueInTheFileReadsTheSame() async throws {
        let inFile = try ConfigFile.write(
            #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}, "limits": {"maxFrameBytes": "big"}}"#)
        await #expect {
            _ = try await ConfigLoader.load(path: inFile)
        } throws: { error in
            (error as? ConfigError)
                == ConfigError(file: inFile, key: "limits.maxFrameBytes", reason: "expected a whole number, found a string")
        }
        await #expect {
            _ = try await ConfigLoader.load(ConfigSources(file: inFile, arguments: ["--limits-max-frame-bytes", "big"]))
        } throws: { error in
            "\(error)" == "command line: limits.maxFrameBytes (--limits-max-frame-bytes): expected a whole number, found 'big'"
        }
    }

    @Test func aMissingRequiredKeySaysHowEachLayerSpellsIt() async throws {
        await #expect {
            _ = try await ConfigLoader.load(ConfigSources(environment: ["CYPHUB_MODULES_ENABLED": "send"]))
        } throws: { error in
            "\(error)" == "environment: listen: required key is missing (set it in a config file, as CYPHUB_LISTEN or as --listen)"
        }
    }
}
