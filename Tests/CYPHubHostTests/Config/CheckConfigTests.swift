import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubTesting
import CYPHubWire
import Foundation
import Testing

/// `cyphub check-config` runs every start-up check, each module's settings included, and touches nothing on disk.
@Suite struct CheckConfigTests {
    /// A valid config whose data directory does not exist.
    func config(dataDirectory: String, settings: String = "{}") throws -> String {
        try ConfigFile.write(
            """
            {"listen": "127.0.0.1:7420", "dataDirectory": "\(dataDirectory)",
             "modules": {"enabled": ["social-care", "indicators", "send", "workforce", "capital", "sufficiency"],
                         "settings": \(settings)}}
            """)
    }

    @Test func checksWithoutCreatingTheDataDirectoryOrADatabase() async throws {
        let directory = ConfigFile.absentDirectory()
        let file = try config(dataDirectory: directory)
        let configuration = try await ConfigLoader.load(path: file)
        let listing = try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        #expect(listing.modules.filter(\.enabled).count == 7)
        #expect(listing.modules.first { $0.id == "capital" }?.methods.isEmpty == false)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func stillRunsEveryModulesSettingsChecks() async throws {
        let directory = ConfigFile.absentDirectory()
        let file = try config(dataDirectory: directory, settings: #"{"sufficiency": {"survivalYears": 30}}"#)
        let configuration = try await ConfigLoader.load(path: file)
        #expect(throws: ConfigError(file: file, key: "modules.settings.sufficiency.survivalYears", reason: "30 is outside 1...10")) {
            try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        }
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func theCommandPassesAndLeavesTheDiskAlone() async throws {
        let directory = ConfigFile.absentDirectory()
        let file = try config(dataDirectory: directory)
        let result = try await CYPProcess.run(["check-config", "--config", file, "--json"], executable: "cyphub")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: result.json) as? [String: Any]
        #expect(report?["valid"] as? Bool == true)
        #expect((report?["enabledModules"] as? [String])?.count == 6)
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func theCommandReadsTheEnvironmentAndFlagsAsServeDoes() async throws {
        let file = try config(dataDirectory: ConfigFile.absentDirectory())
        var result = try await CYPProcess.run(
            ["check-config", "--config", file], executable: "cyphub", environment: ["CYPHUB_LIMITS_MAX_CONECTIONS": "5"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("environment: CYPHUB_LIMITS_MAX_CONECTIONS: unknown key"), "\(result.stderr)")
        result = try await CYPProcess.run(["check-config", "--config", file, "--listen", "nope"], executable: "cyphub")
        #expect(result.status == 2)
        #expect(result.stderr.contains("command line: listen (--listen): 'nope' is not HOST:PORT"), "\(result.stderr)")
        result = try await CYPProcess.run(
            ["check-config", "--config", file, "--limits-max-connections", "5"], executable: "cyphub",
            environment: ["CYPHUB_LISTEN": "127.0.0.1:9999"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("listen 127.0.0.1:9999"))
    }

    /// The shipped configs pass; deploy/cyphub.json's TLS files are the machine's own (under /etc/cyphub/tls), so the
    /// test gives test certificates in their place, as a deployment's environment could.
    @Test(arguments: ["deploy/cyphub.json", "deploy/cyphub-demo.json"])
    func theShippedConfigsPassTheCheck(file: String) async throws {
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        var configuration = try await ConfigLoader.load(path: ConfigFile.packageRoot.appendingPathComponent(file).path)
        var environment: [String: String] = [:]
        if configuration.tls != nil {
            configuration.tls = HostTLS(
                certificateChainFile: certificates.serverCertificateFile, privateKeyFile: certificates.serverKeyFile)
            environment = [
                "CYPHUB_TLS_CERTIFICATE_CHAIN_FILE": certificates.serverCertificateFile,
                "CYPHUB_TLS_PRIVATE_KEY_FILE": certificates.serverKeyFile,
            ]
        }
        let listing = try HubHost.check(configuration: configuration, modules: BuiltInModules.all)
        #expect(listing.modules.filter(\.enabled).map(\.id) == ["host"] + BuiltInModules.ids)
        let result = try await CYPProcess.run(
            ["check-config", "--config", ConfigFile.packageRoot.appendingPathComponent(file).path], executable: "cyphub",
            environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func theShippedNetworkConfigListensOnEveryInterfaceOnlyWithTLS() async throws {
        let configuration = try await ConfigLoader.load(path: ConfigFile.packageRoot.appendingPathComponent("deploy/cyphub.json").path)
        #expect(!configuration.listen.isLoopback)
        #expect(configuration.tls?.certificateChainFile == "/etc/cyphub/tls/cyphub.pem")
        #expect(!configuration.allowInsecure)
    }
}
