import CYPHubCore
import CYPHubHost
import CYPHubModules
import Foundation
import Testing

/// The real `cyphub` binary: `check-config`'s verdict and exit status for good and bad files, and `serve`'s flags
/// (`--listen`, IPv6 included, `--data-dir`, `--demo`, `--config`), each bad one refused with exit status 2 and a
/// message naming where it was set and the key.
@Suite(.timeLimit(.minutes(2))) struct CYPHubCommandTests {
    /// The compiled modules as start-up errors list them.
    static let compiled = BuiltInModules.ids.joined(separator: ", ")

    /// A config file with `listen` and `dataDirectory` (absent, never created) and `enabled` modules.
    func config(listen: String = "127.0.0.1:7420", dataDirectory: String = ConfigFile.absentDirectory(), enabled: [String])
        throws -> String
    {
        let modules = enabled.map { "\"\($0)\"" }.joined(separator: ", ")
        return try ConfigFile.write(
            #"{"listen": "\#(listen)", "dataDirectory": "\#(dataDirectory)", "modules": {"enabled": [\#(modules)]}}"#)
    }

    // MARK: check-config

    @Test func checkConfigPrintsTheVerdictForAGoodFile() async throws {
        let file = try config(enabled: ["social-care", "capital"])
        let listing = try HubHost.check(configuration: try await ConfigLoader.load(path: file), modules: BuiltInModules.all)
        let methods = listing.modules.filter { $0.enabled && $0.id != "host" }.reduce(0) { $0 + $1.methods.count }
        #expect(methods > 0)

        let people = try await CYPProcess.run(["check-config", "--config", file], executable: "cyphub")
        #expect(people.status == 0)
        #expect(
            people.stdout
                == "\(file): valid\nlisten 127.0.0.1:7420, modules: social-care, capital (\(methods) methods)\nmetrics off (metrics.listen unset)\n"
        )
        #expect(people.stderr.isEmpty, "\(people.stderr)")

        let json = try await CYPProcess.run(["check-config", "--json", "--config", file], executable: "cyphub")
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: json.json) as? [String: Any])
        #expect(report["valid"] as? Bool == true)
        #expect(report["file"] as? String == file)
        #expect(report["error"] as? String == "")
        #expect(report["enabledModules"] as? [String] == ["social-care", "capital"])
        #expect(report["methods"] as? Int == methods)
    }

    @Test func checkConfigAcceptsAnIPv6ListenAddress() async throws {
        let file = try config(listen: "[::1]:7420", enabled: ["capital"])
        let result = try await CYPProcess.run(["check-config", "--config", file], executable: "cyphub")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").dropFirst().first == "listen [::1]:7420, modules: capital (6 methods)")
    }

    /// A config file that start-up refuses: its text (nil: no file at all; `directory`: a directory), the key the
    /// error names, and the reason.
    static let badFiles: [(name: String, text: String?, key: String, reason: String)] = [
        ("missing file", nil, "(file)", "no such file"),
        ("a directory", "directory", "(file)", "is a directory, not a file"),
        ("not JSON", #"{"listen": "#, "(file)", "not valid JSON: The given data was not valid JSON."),
        ("an array root", #"[{"listen": "127.0.0.1:7420"}]"#, "(root)", "expected a JSON object, found an array"),
        ("a string root", #""listen""#, "(root)", "expected a JSON object, found a string"),
        (
            "empty dataDirectory", #"{"listen": "127.0.0.1:7420", "dataDirectory": "", "modules": {"enabled": []}}"#,
            "dataDirectory", "must not be empty"
        ),
        (
            "settings for an unknown module",
            #"{"listen": "127.0.0.1:7420", "dataDirectory": "d", "modules": {"enabled": ["capital"], "settings": {"social-kare": {}}}}"#,
            "modules.settings.social-kare", "settings for unknown module id 'social-kare'; compiled modules: \(compiled)"
        ),
        (
            "an unknown module enabled",
            #"{"listen": "127.0.0.1:7420", "dataDirectory": "d", "modules": {"enabled": ["capital", "social-kare"]}}"#,
            "modules.enabled[1]", "unknown module id 'social-kare'; compiled modules: \(compiled)"
        ),
        (
            "an unknown module setting",
            #"{"listen": "127.0.0.1:7420", "dataDirectory": "d", "modules": {"enabled": ["capital"], "settings": {"capital": {"colour": 1}}}}"#,
            "modules.settings.capital.colour", "unknown setting for module 'capital' (see docs/modules/capital.md)"
        ),
        (
            "an unclosed IPv6 bracket", #"{"listen": "[::1", "dataDirectory": "d", "modules": {"enabled": []}}"#,
            "listen", "'[::1' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"
        ),
        (
            "a wrong type",
            #"{"listen": "127.0.0.1:7420", "dataDirectory": "d", "modules": {"enabled": []}, "limits": {"maxFrameBytes": "big"}}"#,
            "limits.maxFrameBytes", "expected a whole number, found a string"
        ),
    ]

    @Test(arguments: badFiles)
    func checkConfigNamesTheFileAndKeyAndExits2(bad: (name: String, text: String?, key: String, reason: String)) async throws {
        let dataDirectory = ConfigFile.absentDirectory()
        let file: String
        switch bad.text {
        case nil: file = ConfigFile.absentDirectory() + ".json"
        case "directory"?:
            file = ConfigFile.absentDirectory()
            try FileManager.default.createDirectory(atPath: file, withIntermediateDirectories: false)
        case let text?:
            file = try ConfigFile.write(
                text.replacingOccurrences(of: #""dataDirectory": "d""#, with: #""dataDirectory": "\#(dataDirectory)""#))
        }
        let error = "\(file): \(bad.key): \(bad.reason)"

        let people = try await CYPProcess.run(["check-config", "--config", file], executable: "cyphub")
        #expect(people.status == 2, "\(bad.name)")
        #expect(people.stderr == "error: \(error)\n", "\(bad.name)")
        #expect(people.stdout.isEmpty, "\(bad.name): \(people.stdout)")

        let json = try await CYPProcess.run(["check-config", "--config", file, "--json"], executable: "cyphub")
        #expect(json.status == 2, "\(bad.name)")
        let report = try #require(try JSONSerialization.jsonObject(with: json.json) as? [String: Any], "\(bad.name): \(json.stdout)")
        #expect(report["valid"] as? Bool == false)
        #expect(report["file"] as? String == file)
        #expect(report["error"] as? String == error, "\(bad.name)")
        #expect(report["enabledModules"] as? [String] == [])
        #expect(json.stderr.isEmpty, "\(bad.name): \(json.stderr)")

        // `serve` refuses the same file with the same words: as `error: …` when the file cannot be read, as its log's
        // last line when a module check fails after logging has started.
        let serve = try await CYPProcess.run(["serve", "--config", file], executable: "cyphub")
        #expect(serve.status == 2, "\(bad.name)")
        let last = try #require(serve.stderr.split(separator: "\n").last.map(String.init), "\(bad.name)")
        #expect(
            last == "error: \(error)" || last.hasSuffix(" critical cyphub: [cyphub] cannot start: \(error)"),
            "\(bad.name): \(serve.stderr)")
        // Refused before anything is written: no data directory, no database.
        #expect(!FileManager.default.fileExists(atPath: dataDirectory), "\(bad.name)")
    }

    // MARK: serve

    @Test func serveDemoListensWhereToldAndKeepsItsDataInTheDataDirectory() async throws {
        let directory = ConfigFile.absentDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let host = try await HostProcess.cyphub(["serve", "--demo", "--listen", "127.0.0.1:0", "--data-dir", directory])
        let address = host.address
        #expect(address.hasPrefix("127.0.0.1:") && address != "127.0.0.1:0", "\(address)")

        let health = try await CYPProcess.run(["--server", address, "--json", "health"])
        #expect(health.status == 0, "\(health.stderr)")
        let status = try #require(try JSONSerialization.jsonObject(with: health.json) as? [String: Any])["status"]
        #expect(status as? String == "serving")
        // --demo: every module enabled, with its demo data.
        let modules = try await CYPProcess.run(["modules", "--json", "--server", address])
        #expect(try enabledModules(modules.json) == ["host"] + BuiltInModules.ids)
        let versions = try await CYPProcess.run(["--server", address, "capital", "versions", "--authority", "E10000018", "--json"])
        #expect(versions.status == 0, "\(versions.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory + "/cyphub.sqlite"))

        #expect(try await host.stop() == 0, "\(host.log)")
    }

    @Test func serveFlagsOverTheConfigFileIncludingAnIPv6ListenAddress() async throws {
        let directory = ConfigFile.absentDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The file's listen and data directory are overridden by the flags; its module list stands.
        let file = try config(listen: "127.0.0.1:9", dataDirectory: "/nonexistent/cyphub", enabled: ["capital"])
        let host = try await HostProcess.cyphub(["serve", "--config", file, "--listen", "[::1]:0", "--data-dir", directory])
        let address = host.address
        #expect(address.hasPrefix("[::1]:") && address != "[::1]:0", "\(address)")

        // Reached over IPv6 loopback by the real client.
        let modules = try await CYPProcess.run(["--server", address, "--json", "modules"])
        #expect(modules.status == 0, "\(modules.stderr)")
        #expect(try enabledModules(modules.json) == ["host", "capital"])
        #expect(FileManager.default.fileExists(atPath: directory + "/cyphub.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/cyphub"))

        #expect(try await host.stop() == 0, "\(host.log)")
    }

    @Test(arguments: [
        (["--listen", "nope"], "command line: listen (--listen): 'nope' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"),
        (["--listen", "[::1"], "command line: listen (--listen): '[::1' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"),
        (["--listen", "[::1]"], "command line: listen (--listen): '[::1]' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"),
        (
            ["--listen", "::1:7420"],
            "command line: listen (--listen): '::1:7420' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"
        ),
        (
            ["--listen", "127.0.0.1:65536"],
            "command line: listen (--listen): '127.0.0.1:65536' is not HOST:PORT (e.g. 127.0.0.1:7420, or [::1]:7420 for IPv6)"
        ),
        (["--data-dir", ""], "command line: dataDirectory (--data-dir): must not be empty"),
        (
            ["--log-level", "loud"],
            "command line: logLevel (--log-level): 'loud' is not one of trace, debug, info, notice, warning, error, critical"
        ),
        (
            ["--limits-max-frame-bytez", "5"],
            "command line: --limits-max-frame-bytez: unknown key (see README, \"Configuration\", for every key, variable and flag)"
        ),
    ])
    func serveRefusesABadFlagWithStatus2NamingIt(flags: [String], message: String) async throws {
        let directory = ConfigFile.absentDirectory()
        let result = try await CYPProcess.run(["serve", "--demo", "--data-dir", directory] + flags, executable: "cyphub")
        #expect(result.status == 2)
        #expect(result.stderr == "error: \(message)\n", "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func serveWithoutAListenAddressSaysEveryWayToGiveOne() async throws {
        let result = try await CYPProcess.run(["serve"], executable: "cyphub")
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: environment: listen: required key is missing (set it in a config file, as CYPHUB_LISTEN or as --listen)\n")
    }

    /// The ids of the enabled modules in `cyp modules --json`'s answer.
    func enabledModules(_ json: Data) throws -> [String] {
        let list = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let modules = try #require(list["modules"] as? [[String: Any]])
        return modules.filter { $0["enabled"] as? Bool == true }.compactMap { $0["id"] as? String }
    }
}
