import ArgumentParser
import CYPHubCore
import Foundation

/// `cyp`: the CYPHub command-line client.
@main
struct CYP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyp",
        abstract: "Query and load a CYPHub host.",
        discussion: "Global options (--server, --json, --timeout) may come before or after the subcommand.",
        version: "0.1.0",
        subcommands: [HealthCommand.self, ModulesCommand.self] + moduleCommands
    )

    /// Runs a command; an `RPCError` is printed as `error: CODE: message` and exits 1.
    static func main() async {
        do {
            var command = try parseAsRoot(GlobalOptionsHoisting.rewrite(Array(CommandLine.arguments.dropFirst())))
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as RPCError {
            FileHandle.standardError.write(Data("error: \(error.code.name): \(error.message)\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}

/// Moves `--server X`, `--json` and `--timeout X` given before the subcommand to after it, so
/// `cyp --server H:P --json social-care snapshot …` and `cyp social-care snapshot --server H:P --json …`
/// mean the same.
enum GlobalOptionsHoisting {
    static func rewrite(_ arguments: [String]) -> [String] {
        var globals: [String] = []
        var rest: [String] = []
        var index = 0
        var seenSubcommand = false
        while index < arguments.count {
            let argument = arguments[index]
            if !seenSubcommand {
                if argument == "--json" {
                    globals.append(argument)
                    index += 1
                    continue
                }
                if argument == "--server" || argument == "--timeout", index + 1 < arguments.count {
                    globals += [argument, arguments[index + 1]]
                    index += 2
                    continue
                }
                if argument.hasPrefix("--server=") || argument.hasPrefix("--timeout=") {
                    globals.append(argument)
                    index += 1
                    continue
                }
                if !argument.hasPrefix("-") { seenSubcommand = true }
            }
            rest.append(argument)
            index += 1
        }
        guard !globals.isEmpty else { return arguments }
        // Globals go after the last subcommand name: find where options of the leaf start.
        var position = 0
        while position < rest.count, !rest[position].hasPrefix("-") { position += 1 }
        return Array(rest[..<position]) + globals + Array(rest[position...])
    }
}
