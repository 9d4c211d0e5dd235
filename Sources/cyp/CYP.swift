import ArgumentParser
import CYPHubCLI
import CYPHubCore
import Foundation

/// `cyp`: the CYPHub command-line client.
@main
struct CYP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyp",
        abstract: "Query and load a CYPHub host.",
        discussion: """
            Global options (--server, --json, --timeout, --token, TLS) may come before or after the subcommand. \
            CYPHUB_TOKEN holds the bearer token when --token is not given.
            """,
        version: "0.1.0",
        subcommands: [HealthCommand.self, ModulesCommand.self, WhoAmICommand.self, AdminCommand.self, SnapshotsCommand.self]
            + moduleCommands
    )

    /// Runs a command. An `RPCError` is printed as `error: CODE: message` on standard error and exits 1; a command line
    /// refused is the argument parser's message and exit status 64. With `--json`, either failure is also printed on
    /// standard output as `{"error": {"code": …, "message": …}}` (`code` `USAGE` for a refused command line).
    static func main() async {
        let arguments = GlobalOptions.placed(Array(CommandLine.arguments.dropFirst()))
        let json = arguments.prefix { $0 != "--" }.contains("--json")
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as RPCError {
            if json { try? Output.json(failure: Output.Failure(code: error.code.name, message: error.message)) }
            FileHandle.standardError.write(Data("error: \(error.code.name): \(error.message)\n".utf8))
            Foundation.exit(1)
        } catch {
            if json, !(error is ExitCode), exitCode(for: error) == .validationFailure {
                try? Output.json(failure: Output.Failure(code: "USAGE", message: message(for: error)))
            }
            exit(withError: error)
        }
    }
}
