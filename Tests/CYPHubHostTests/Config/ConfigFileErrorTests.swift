import CYPHubCore
import CYPHubHost
import CYPHubModules
import Foundation
import Testing

/// The config errors a file can hold beyond a bad value: no file, a root that is not an object, an empty data
/// directory, settings for a module that is not compiled in, and listen addresses, IPv6 included. Each is the exact
/// `ConfigError` (file, key, reason), so a change of wording or of the key named fails here.
@Suite struct ConfigFileErrorTests {
    /// The error `ConfigLoader` gives for `sources`; a test failure when it gives none.
    func loadError(_ sources: ConfigSources) async throws -> ConfigError {
        do {
            _ = try await ConfigLoader.load(sources)
        } catch let error as ConfigError {
            return error
        }
        throw CLIError("expected a configuration error, got a configuration")
    }

    @Test func aMissingFileIsNamedAsMissing() async throws {
        let path = ConfigFile.absentDirectory() + ".json"
        #expect(try await loadError(ConfigSources(file: path)) == ConfigError(file: path, key: "(file)", reason: "no such file"))
    }

    @Test func aDirectoryIsNotAFile() async throws {
        let path = ConfigFile.absentDirectory()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(
            try await loadError(ConfigSources(file: path)) == ConfigError(file: path, key: "(file)", reason: "is a directory, not a file"))
    }

    @Test(arguments: [
        ("[]", "an array"), (#""cyphub.json""#, "a string"), ("7420", "a number"), ("true", "a boolean"), ("null", "null"),
    ])
    func aRootThatIsNotAnObjectIsRefused(json: String, found: String) async throws {
        let path = try ConfigFile.write(json)
        #expect(
            try await loadError(ConfigSources(file: path))
                == ConfigError(file: path, key: "(root)", reason: "expected a JSON object, found \(found)"))
    }

    @Test func anEmptyDataDirectoryIsRefusedInEveryLayer() async throws {
        let path = try ConfigFile.write(#"{"listen": "127.0.0.1:7420", "dataDirectory": "", "modules": {"enabled": []}}"#)
        #expect(
            try await loadError(ConfigSources(file: path)) == ConfigError(file: path, key: "dataDirectory", reason: "must not be empty"))
        let good = try ConfigFile.write(#"{"listen": "127.0.0.1:7420", "dataDirectory": "d", "modules": {"enabled": []}}"#)
        #expect(
            try await loadError(ConfigSources(file: good, environment: ["CYPHUB_DATA_DIRECTORY": ""]))
                == ConfigError(file: "environment", key: "dataDirectory", reason: "must not be empty", name: "CYPHUB_DATA_DIRECTORY"))
        #expect(
            try await loadError(ConfigSources(file: good, arguments: ["--data-dir", ""]))
                == ConfigError(file: "command line", key: "dataDirectory", reason: "must not be empty", name: "--data-dir"))
    }

    @Test func settingsForAModuleThatIsNotCompiledInStopStartUp() async throws {
        let path = try ConfigFile.write(
            #"{"listen": "127.0.0.1:7420", "dataDirectory": "d", "modules": {"enabled": ["capital"], "settings": {"capitol": {"x": 1}}}}"#)
        let configuration = try await ConfigLoader.load(path: path)
        let error = #expect(throws: HostError.self) { try HubHost.check(configuration: configuration, modules: BuiltInModules.all) }
        guard case .unknownModule(let configError)? = error else {
            Issue.record("expected unknownModule, got \(String(describing: error))")
            return
        }
        #expect(
            configError
                == ConfigError(
                    file: path, key: "modules.settings.capitol",
                    reason: "settings for unknown module id 'capitol'; compiled modules: \(BuiltInModules.ids.joined(separator: ", "))"))
    }

    @Test(arguments: [
        ("[::1]:7420", "::1", 7420, "[::1]:7420"),
        ("[::]:0", "::", 0, "[::]:0"),
        ("[fe80::1%lo]:8080", "fe80::1%lo", 8080, "[fe80::1%lo]:8080"),
        ("127.0.0.1:7420", "127.0.0.1", 7420, "127.0.0.1:7420"),
        ("localhost:65535", "localhost", 65535, "localhost:65535"),
        (":7420", "0.0.0.0", 7420, "0.0.0.0:7420"),
    ])
    func aListenAddressIsParsed(text: String, host: String, port: Int, description: String) {
        let address = ListenAddress(parsing: text)
        #expect(address == ListenAddress(host: host, port: port))
        #expect(address?.description == description)
    }

    @Test(arguments: [
        "[::1", "[::1]", "[::1]7420", "[::1]:", "[]:7420", "[127.0.0.1]:7420", "::1:7420", "[::1]]:7420", "[[::1]:7420",
        "host]:7420", "127.0.0.1", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:+80", "127.0.0.1: 80", "",
    ])
    func aMalformedListenAddressIsRefusedNamingItsLayerAndKey(text: String) async throws {
        #expect(ListenAddress(parsing: text) == nil)
        let reason = "'\(text)' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"
        let path = try ConfigFile.write(#"{"listen": "\#(text)", "dataDirectory": "d", "modules": {"enabled": []}}"#)
        #expect(try await loadError(ConfigSources(file: path)) == ConfigError(file: path, key: "listen", reason: reason))
        #expect(
            try await loadError(ConfigSources(file: path, environment: ["CYPHUB_LISTEN": text]))
                == ConfigError(file: "environment", key: "listen", reason: reason, name: "CYPHUB_LISTEN"))
    }
}
