import CYPHubModules
import CYPHubTesting
import Foundation
import Testing

/// Every `cyp` command, walked from the binary's own command tree: the global options (`--server`, `--json`,
/// `--timeout`) before, between and after it; `--json` honoured on success and on failure; the exit status of each
/// outcome (0 done, 1 the host refused or could not be reached, 64 a bad argument).
@Suite(.timeLimit(.minutes(5))) final class GlobalOptionsCLITests {
    /// The commands and their invocations, with the import files in a temporary directory.
    struct Commands {
        var paths: [[String]]
        var invocations: [String: CYPCommands.Invocation]

        func invocation(_ path: [String]) throws -> CYPCommands.Invocation {
            guard let invocation = invocations[path.joined(separator: " ")] else {
                throw CLIError("no invocation for `cyp \(path.joined(separator: " "))`: add one to CYPCommands.invocations")
            }
            return invocation
        }
    }

    let files: URL

    init() throws {
        files = FileManager.default.temporaryDirectory.appendingPathComponent("cyp-commands-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: files) }

    func commands() async throws -> Commands {
        Commands(paths: try await CYPCommands.paths(), invocations: try CYPCommands.invocations(files: files))
    }

    /// Whether `text` is one JSON document (an object or an array).
    func isJSON(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil
    }

    /// The JSON document `text` as an object.
    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }

    @Test func theTreeHasEveryModulesCommandsAndEachHasAnInvocation() async throws {
        let commands = try await commands()
        let names = commands.paths.map { $0.joined(separator: " ") }
        // The tree is the binary's: the host commands and at least one command of every compiled module.
        #expect(names.contains("health") && names.contains("modules"))
        for module in BuiltInModules.ids {
            #expect(names.contains("\(module) template"), "cyp has no `\(module) template`")
        }
        #expect(
            Set(names) == Set(commands.invocations.keys),
            "commands without an invocation: \(Set(names).subtracting(commands.invocations.keys))")
    }

    @Test func everyCommandTakesTheGlobalOptionsBeforeBetweenAndAfterIt() async throws {
        let commands = try await commands()
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true) { host in
            for path in commands.paths {
                let invocation = try commands.invocation(path)
                let command = path + invocation.arguments
                let name = "cyp " + path.joined(separator: " ")
                var placements: [[String]] = [
                    ["--server", host.address, "--json", "--timeout", "20"] + command,
                    command + ["--server", host.address, "--json", "--timeout", "20"],
                    ["--json"] + command + ["--server=\(host.address)", "--timeout=20"],
                ]
                if path.count > 1 {
                    placements.append([path[0], "--json", "--server", host.address] + Array(path.dropFirst()) + invocation.arguments)
                }
                var outputs: [String] = []
                var run = 0
                func numbered(_ arguments: [String]) -> [String] {
                    run += 1
                    return arguments.map { $0.replacingOccurrences(of: "{n}", with: String(run)) }
                }
                for arguments in placements {
                    let result = try await CYPProcess.run(numbered(arguments))
                    #expect(result.status == 0, "\(name): `\(arguments.joined(separator: " "))`: \(result.stderr)")
                    #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
                    let document = try object(result.stdout)
                    let missing = invocation.keys.filter { document[$0] == nil }
                    #expect(missing.isEmpty, "\(name) --json lacks \(missing): \(result.stdout)")
                    outputs.append(result.stdout)
                }
                if invocation.repeatable {
                    #expect(Set(outputs).count == 1, "\(name): the answer depends on where the global options stand")
                }
                // Without --json: something for people, not JSON.
                let people = try await CYPProcess.run(numbered(command + ["--server", host.address]))
                #expect(people.status == 0, "\(name): \(people.stderr)")
                #expect(!people.stdout.isEmpty && !isJSON(people.stdout), "\(name) without --json printed: \(people.stdout)")
            }
        }
    }

    @Test func everyCommandThatCallsTheHostFailsWithStatus1WhenItCannotBeReached() async throws {
        let commands = try await commands()
        let refusing = try RefusingPort()
        let message = "cannot connect to \(refusing.address): connection refused"
        for path in commands.paths {
            let invocation = try commands.invocation(path)
            let command = path + invocation.arguments
            let name = "cyp " + path.joined(separator: " ")
            let json = try await CYPProcess.run(["--server", refusing.address, "--json"] + command)
            let people = try await CYPProcess.run(command + ["--server", refusing.address])
            guard invocation.callsHost else {
                // Needs no host: the same answer whatever --server says.
                #expect(json.status == 0 && people.status == 0, "\(name): \(json.stderr) \(people.stderr)")
                #expect(isJSON(json.stdout) && !isJSON(people.stdout), "\(name)")
                continue
            }
            #expect(json.status == 1, "\(name) --json: status \(json.status)")
            #expect(people.status == 1, "\(name): status \(people.status)")
            let document = try object(json.stdout)
            let error = try #require(document["error"] as? [String: Any], "\(name): \(json.stdout)")
            #expect(error["code"] as? String == "UNAVAILABLE", "\(name)")
            #expect(error["message"] as? String == message, "\(name): \(json.stdout)")
            if path == ["health"] {
                // `health` answers the question it was asked: not serving, as its status says.
                #expect(document["status"] as? String == "unreachable")
                #expect(json.stderr.isEmpty)
                #expect(people.stdout == "\(refusing.address): not serving (UNAVAILABLE: \(message))\n")
                #expect(people.stderr.isEmpty)
            } else {
                #expect(document.keys.sorted() == ["error"], "\(name): \(json.stdout)")
                #expect(json.stderr == "error: UNAVAILABLE: \(message)\n", "\(name)")
                #expect(people.stdout.isEmpty, "\(name): \(people.stdout)")
                #expect(people.stderr == "error: UNAVAILABLE: \(message)\n", "\(name)")
            }
        }
    }

    @Test func everyCommandRefusesAnUnknownOptionWithUsageStatus64() async throws {
        let commands = try await commands()
        let refusing = try RefusingPort()
        for path in commands.paths {
            let command = path + (try commands.invocation(path)).arguments
            let name = path.joined(separator: " ")
            for json in [false, true] {
                let result = try await CYPProcess.run(
                    (json ? ["--json"] : []) + command + ["--no-such-option", "--server", refusing.address])
                #expect(result.status == 64, "cyp \(name): status \(result.status)")
                let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.first == "Error: Unknown option '--no-such-option'", "cyp \(name): \(result.stderr)")
                #expect(lines.dropLast().last == "  See 'cyp \(name) --help' for more information.", "cyp \(name): \(result.stderr)")
                if json {
                    let error = try #require(try object(result.stdout)["error"] as? [String: String], "cyp \(name)")
                    #expect(error == ["code": "USAGE", "message": "Unknown option '--no-such-option'"], "cyp \(name)")
                } else {
                    #expect(result.stdout.isEmpty, "cyp \(name): \(result.stdout)")
                }
            }
        }
    }

    @Test func everyTemplateRefusesAnUnknownDatasetWithUsageStatus64() async throws {
        let templates = try await CYPCommands.paths().filter { $0.last == "template" }
        #expect(templates.count == BuiltInModules.ids.count)
        for path in templates {
            let result = try await CYPProcess.run(["--json"] + path + ["nope"])
            #expect(result.status == 64)
            let first = result.stderr.split(separator: "\n").first ?? ""
            #expect(first.hasPrefix("Error: 'nope' is not a dataset; use one of "), "\(path): \(result.stderr)")
            let error = try #require(try object(result.stdout)["error"] as? [String: String])
            #expect(error["code"] == "USAGE")
            #expect(error["message"] == String(first.dropFirst("Error: ".count)))
        }
    }

    @Test func everyTemplatePrintsTheDatasetAndItsColumnsWithJSON() async throws {
        let commands = try await commands()
        for path in commands.paths where path.last == "template" {
            let dataset = try #require(try commands.invocation(path).arguments.first)
            let header = try await CYPProcess.run(path + [dataset])
            #expect(header.status == 0)
            let json = try await CYPProcess.run(["--server", "127.0.0.1:1", "--json"] + path + [dataset])
            #expect(json.status == 0, "\(path): \(json.stderr)")
            let template = try object(json.stdout)
            #expect(
                (template["dataset"] as? String)?.replacingOccurrences(of: "_", with: "-")
                    == dataset.replacingOccurrences(of: "_", with: "-"))
            #expect(template["header"] as? String == header.stdout.trimmingCharacters(in: .newlines), "\(path)")
            let required = try #require(template["requiredColumns"] as? [String], "\(path)")
            let optional = try #require(template["optionalColumns"] as? [String], "\(path)")
            #expect(!required.isEmpty)
            #expect((required + optional).joined(separator: ",") + "\n" == header.stdout, "\(path)")
        }
    }

    @Test(arguments: [
        (["--timeout", "0"], "Error: --timeout: give a number of seconds above 0 and at most 86400"),
        (["--timeout=-1"], "Error: --timeout: give a number of seconds above 0 and at most 86400"),
        (["--timeout", "86401"], "Error: --timeout: give a number of seconds above 0 and at most 86400"),
        (["--timeout", "inf"], "Error: --timeout: give a number of seconds above 0 and at most 86400"),
        (["--timeout", "soon"], "Error: The value 'soon' is invalid for '--timeout <timeout>'"),
        (["--server", "nope"], "Error: --server: server address 'nope' is not HOST:PORT (e.g. 127.0.0.1:7420 or [::1]:7420)"),
        (["--server", "[::1"], "Error: --server: server address '[::1' has no ']' after the IPv6 address"),
        (
            ["--server", "::1:7420"],
            "Error: --server: server address '::1:7420' has an IPv6 address without brackets; write it as [ADDRESS]:PORT"
        ),
        (["--server", "127.0.0.1:0"], "Error: --server: server address '127.0.0.1:0' has port '0'; a port is a number from 1 to 65535"),
    ])
    func aBadGlobalOptionValueIsAUsageErrorBeforeOrAfterTheCommand(option: [String], message: String) async throws {
        let command = ["capital", "versions", "--authority", "E10000018"]
        for arguments in [option + command, command + option, ["capital"] + option + Array(command.dropFirst())] {
            let result = try await CYPProcess.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").first.map(String.init) == message, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func aGlobalOptionWithoutItsValueIsAUsageError() async throws {
        let last = try await CYPProcess.run(["capital", "versions", "--authority", "E10000018", "--server"])
        #expect(last.status == 64)
        #expect(last.stderr.split(separator: "\n").first == "Error: Missing value for '--server <server>'", "\(last.stderr)")
    }

    @Test func aHostsRefusalIsStatus1WithItsCodeAndMessage() async throws {
        try await TestHost.withRunning(modules: BuiltInModules.all, demoData: true) { host in
            let arguments = ["social-care", "snapshot", "--authority", "E06000016", "--date", "1999-01-01", "--server", host.address]
            let people = try await CYPProcess.run(arguments)
            #expect(people.status == 1)
            #expect(people.stdout.isEmpty)
            let line = try #require(people.stderr.split(separator: "\n").first.map(String.init))
            #expect(line.hasPrefix("error: NOT_FOUND: "), "\(people.stderr)")
            let json = try await CYPProcess.run(arguments + ["--json"])
            #expect(json.status == 1)
            let error = try #require(try object(json.stdout)["error"] as? [String: String])
            #expect(error["code"] == "NOT_FOUND")
            #expect("error: NOT_FOUND: \(error["message"] ?? "")\n" == json.stderr)
        }
    }
}
