import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubWire
import Foundation
import Logging
import Testing

/// One reader over three layers: a flag beats an environment variable, which beats the file, which beats the default.
@Suite struct ConfigPrecedenceTests {
    let file: String

    init() throws {
        file = try ConfigFile.write(
            """
            {"listen": "127.0.0.1:1000", "dataDirectory": "/from/file", "logLevel": "error",
             "modules": {"enabled": ["social-care", "workforce"],
                         "settings": {"social-care": {"caseloadThresholds": {"cin": 18, "sat": 22}}}},
             "limits": {"maxFrameBytes": 2097152}}
            """)
    }

    @Test func aFlagBeatsTheEnvironmentWhichBeatsTheFile() async throws {
        let environment = ["CYPHUB_LISTEN": "127.0.0.1:2000", "CYPHUB_DATA_DIRECTORY": "/from/environment", "PATH": "/bin"]
        let fileOnly = try await ConfigLoader.load(ConfigSources(file: file))
        #expect(fileOnly.listen.port == 1000)
        let withEnvironment = try await ConfigLoader.load(ConfigSources(file: file, environment: environment))
        #expect(withEnvironment.listen.port == 2000)
        #expect(withEnvironment.dataDirectory == "/from/environment")
        let withFlag = try await ConfigLoader.load(
            ConfigSources(file: file, environment: environment, arguments: ["--listen", "127.0.0.1:3000"]))
        #expect(withFlag.listen.port == 3000)
        // Keys no higher layer sets keep the file's value, and keys nothing sets keep the default.
        #expect(withFlag.dataDirectory == "/from/environment")
        #expect(withFlag.logLevel == .error)
        #expect(withFlag.limits.maxFrameBytes == 2_097_152)
        #expect(withFlag.limits.maxCallsPerConnection == WireLimits().maxCallsPerConnection)
        #expect(withFlag.limits.maxDecodeAllocationBytes == 16 * withFlag.limits.maxMessageBytes)
    }

    @Test func everyKeyHasAVariableAndAFlag() async throws {
        let environment = [
            "CYPHUB_LIMITS_MAX_FRAME_BYTES": "1048576", "CYPHUB_LIMITS_MAX_MESSAGE_BYTES": "2097152",
            "CYPHUB_LIMITS_MAX_CALLS_PER_CONNECTION": "10", "CYPHUB_LIMITS_MAX_CONNECTIONS": "50",
            "CYPHUB_LIMITS_COMPRESSION_THRESHOLD_BYTES": "2048", "CYPHUB_SHUTDOWN_GRACE_PERIOD_SECONDS": "3",
            "CYPHUB_DEMO_DATA": "true", "CYPHUB_MODULES_ENABLED": "send, capital",
        ]
        let configuration = try await ConfigLoader.load(
            ConfigSources(
                file: file, environment: environment,
                arguments: ["--data-dir", "/from/flag", "--log-level", "debug", "--limits-max-connections", "60"]))
        #expect(configuration.enabledModules == ["send", "capital"])
        #expect(configuration.limits.maxFrameBytes == 1_048_576)
        #expect(configuration.limits.maxMessageBytes == 2_097_152)
        #expect(configuration.limits.maxDecodeAllocationBytes == 16 * 2_097_152)
        #expect(configuration.limits.maxCallsPerConnection == 10)
        #expect(configuration.limits.maxConnections == 60)
        #expect(configuration.limits.compressionThresholdBytes == 2048)
        #expect(configuration.shutdownGracePeriod == .seconds(3))
        #expect(configuration.loadDemoData)
        #expect(configuration.dataDirectory == "/from/flag")
        #expect(configuration.logLevel == .debug)
    }

    @Test func aModuleSettingComesFromTheHighestLayerKeyByKey() async throws {
        let configuration = try await ConfigLoader.load(
            ConfigSources(
                file: file,
                environment: ["CYPHUB_MODULES_SETTINGS_SOCIAL_CARE_CASELOAD_THRESHOLDS_CIN": "15"],
                arguments: ["--modules-settings-social-care-caseload-thresholds-early_help_cluster", "30"]))
        let settings = configuration.settings.scoped(to: "modules.settings.social-care")
        let thresholds = try settings.intMap("caseloadThresholds", allowedKeys: ["cin", "sat", "early_help_cluster"])
        #expect(thresholds == ["cin": 15, "sat": 22, "early_help_cluster": 30])
    }

    @Test func demoEnablesEveryModuleOverTheLayersAndDefaultsTheRest() async throws {
        let demo = try await ConfigLoader.load(
            ConfigSources(environment: ["CYPHUB_MODULES_ENABLED": "send"], demoModules: BuiltInModules.ids))
        #expect(demo.enabledModules == BuiltInModules.ids)
        #expect(demo.loadDemoData)
        #expect(demo.listen == ListenAddress(host: "127.0.0.1", port: 7420))
        #expect(demo.dataDirectory == "./data")
        #expect(demo.source == "--demo")
        // The file's and the environment's listen address still beat --demo's default.
        let withFile = try await ConfigLoader.load(
            ConfigSources(file: file, environment: ["CYPHUB_LISTEN": "127.0.0.1:2000"], demoModules: BuiltInModules.ids))
        #expect(withFile.listen.port == 2000)
        #expect(withFile.dataDirectory == "/from/file")
    }

    @Test func theEnvironmentAndFlagsAloneCanConfigureAHost() async throws {
        let configuration = try await ConfigLoader.load(
            ConfigSources(
                environment: ["CYPHUB_LISTEN": "0.0.0.0:7420", "CYPHUB_MODULES_ENABLED": "social-care"],
                arguments: ["--data-dir", "/var/lib/cyphub"]))
        #expect(configuration.listen == ListenAddress(host: "0.0.0.0", port: 7420))
        #expect(configuration.dataDirectory == "/var/lib/cyphub")
        #expect(configuration.enabledModules == ["social-care"])
        #expect(configuration.source == "environment")
    }
}
