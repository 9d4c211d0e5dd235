import CYPHubCore
import CYPHubHost
import CYPHubModules
import CYPHubWire
import CYPHubTesting
import Foundation
import Logging
import Testing

@Suite struct ConfigLoaderTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-config-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func readsEveryKey() async throws {
        let path = try write(
            """
            {"listen": "0.0.0.0:9000", "dataDirectory": "/var/lib/cyphub",
             "modules": {"enabled": ["testing"], "settings": {"testing": {"x": 1}}},
             "limits": {"maxFrameBytes": 1048576, "maxMessageBytes": 2097152, "maxCallsPerConnection": 10,
                        "maxConnections": 50, "compressionThresholdBytes": 2048},
             "shutdownGracePeriodSeconds": 3, "logLevel": "debug", "demoData": true}
            """)
        let configuration = try await ConfigLoader.load(path: path)
        #expect(configuration.listen == ListenAddress(host: "0.0.0.0", port: 9000))
        #expect(configuration.dataDirectory == "/var/lib/cyphub")
        #expect(configuration.enabledModules == ["testing"])
        #expect(try configuration.settings.scoped(to: "modules.settings.testing").int("x", default: 0) == 1)
        #expect(configuration.limits.maxFrameBytes == 1_048_576)
        #expect(configuration.limits.maxMessageBytes == 2_097_152)
        #expect(configuration.limits.maxCallsPerConnection == 10)
        #expect(configuration.limits.maxConnections == 50)
        #expect(configuration.limits.compressionThresholdBytes == 2048)
        #expect(configuration.shutdownGracePeriod == .seconds(3))
        #expect(configuration.logLevel == .debug)
        #expect(configuration.loadDemoData)
    }

    @Test(arguments: [
        (#"{"dataDirectory": "d", "modules": {"enabled": []}}"#, "listen", "required key is missing"),
        (#"{"listen": "nope", "dataDirectory": "d", "modules": {"enabled": []}}"#, "listen", "not HOST:PORT"),
        (#"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": [1]}}"#, "modules.enabled[0]", "expected a module id"),
        (#"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": ["a", "a"]}}"#, "modules.enabled[1]", "listed twice"),
        (
            #"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": []}, "limits": {"maxFrameBytes": "big"}}"#,
            "limits.maxFrameBytes", "whole number"
        ),
        (
            #"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": []}, "limits": {"maxFrameBytes": 10}}"#,
            "limits.maxFrameBytes", "outside"
        ),
        (#"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": []}, "colour": "blue"}"#, "colour", "unknown key"),
        (#"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": []}, "logLevel": "loud"}"#, "logLevel", "not one of"),
        (#"{"listen": "h:1", "dataDirectory": "d", "modules": {"enabled": [], "extra": 1}}"#, "modules.extra", "unknown key"),
    ])
    func namesTheFileAndTheKeyOfEachBadValue(json: String, key: String, reason: String) async throws {
        let path = try write(json)
        do {
            _ = try await ConfigLoader.load(path: path)
            Issue.record("expected an error for \(key)")
        } catch let error as ConfigError {
            #expect(error.file == path)
            #expect(error.key == key)
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test func namesTheFileForMalformedJSON() async throws {
        let path = try write("{\"listen\": ")
        await #expect { _ = try await ConfigLoader.load(path: path) } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.file == path && error.reason.contains("not valid JSON")
        }
    }

    @Test func refusesAnUnknownModuleIdAndUnknownSettingsAtStartUp() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-\(UUID().uuidString)").path
        var configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0),
            dataDirectory: directory,
            enabledModules: ["testing", "social-kare"],
            source: "cyphub.json"
        )
        await #expect {
            _ = try await HubHost.make(configuration: configuration, modules: [TestingModule()], logger: .init(label: "t"))
        } throws: { error in
            "\(error)".contains("cyphub.json: modules.enabled[1]: unknown module id 'social-kare'")
        }
        configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0), dataDirectory: directory, enabledModules: ["testing"],
            moduleSettings: ["testing": ["colour": .string("blue")]], source: "cyphub.json"
        )
        await #expect {
            _ = try await HubHost.make(configuration: configuration, modules: [TestingModule()], logger: .init(label: "t"))
        } throws: { error in
            "\(error)".contains("cyphub.json: modules.settings.testing.colour: unknown setting")
        }
    }

    @Test func refusesADuplicateMethodAtStartUp() async throws {
        let configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0),
            dataDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-\(UUID().uuidString)").path,
            enabledModules: ["testing", "testing-again"],
            source: "test"
        )
        await #expect {
            _ = try await HubHost.make(configuration: configuration, modules: [TestingModule(), Twin()], logger: .init(label: "t"))
        } throws: { error in
            "\(error)".contains("registered twice")
        }
    }

    @Test func aHostBuiltButNeverRunShutsDownCleanly() async throws {
        // A host built and dropped without running (a failed start-up after `make`) must not hang or leak.
        let configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0),
            dataDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-\(UUID().uuidString)").path,
            enabledModules: ["testing"],
            source: "test"
        )
        var host: HubHost? = try await HubHost.make(configuration: configuration, modules: [TestingModule()], logger: .init(label: "t"))
        #expect(host?.listing.modules.map(\.id) == ["host", "testing"])
        host = nil
        #expect(host == nil)
    }

    @Test(arguments: ["deploy/cyphub.json", "deploy/cyphub-demo.json"])
    func theShippedConfigsPassEveryStartUpCheck(file: String) async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var configuration = try await ConfigLoader.load(path: root.appendingPathComponent(file).path)
        configuration.dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-\(UUID().uuidString)").path
        configuration.loadDemoData = false
        configuration.listen = ListenAddress(host: "127.0.0.1", port: 0)
        // deploy/cyphub.json names the machine's own TLS files: test certificates stand in for them.
        let certificates = try TestCertificates()
        defer { certificates.remove() }
        if configuration.tls != nil {
            configuration.tls = HostTLS(
                certificateChainFile: certificates.serverCertificateFile, privateKeyFile: certificates.serverKeyFile)
        }
        let host = try await HubHost.make(configuration: configuration, modules: BuiltInModules.all, logger: .init(label: "t"))
        #expect(
            host.listing.modules.filter(\.enabled).map(\.id) == [
                "host", "social-care", "indicators", "send", "workforce", "capital", "sufficiency",
            ])
    }

    /// A second module that claims the testing module's methods.
    struct Twin: DomainModule {
        var descriptor: ModuleDescriptor {
            ModuleDescriptor(id: "testing-again", name: "Twin", version: "1", protoPackage: "cyphub.testing.v1")
        }
        func registerMethods(with router: inout Router, context: ModuleContext) throws {
            try TestingModule().registerMethods(with: &router, context: context)
        }
    }
}
