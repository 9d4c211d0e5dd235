import ArgumentParser
import CYPHubCLI
import CYPHubCore
import CYPHubHost
import Foundation

/// `cyphub principals add|list|revoke|rotate --data-dir DIR`: principals and tokens, offline, in the host's database.
struct PrincipalsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "principals",
        abstract: "Add, list, revoke and rotate the principals calls run as, in the host's database.",
        discussion: """
            Works on the database in --data-dir whether or not the host is running; a running host picks changes up \
            within about a second. A token is printed once, when it is issued: the database keeps only its SHA-256. \
            See docs/security.md.
            """,
        subcommands: [Add.self, List.self, Revoke.self, Rotate.self]
    )

    /// The options every `principals` command takes.
    struct Options: ParsableArguments {
        @Option(name: .customLong("data-dir"), help: "The host's data directory (the database is cyphub.sqlite in it).")
        var dataDir: String

        @Flag(help: "Print one JSON document (the admin service's message) instead of text.")
        var json = false
    }

    /// `cyphub principals add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a principal and print its first token (shown once).",
            discussion: "Creates the data directory and database if they do not exist yet."
        )

        @OptionGroup var principal: AddPrincipalOptions
        @OptionGroup var options: Options

        func run() async throws {
            try await PrincipalsCommand.run(options, create: true) { store in
                let issued = try await store.add(try NewPrincipal(principal.request))
                try PrincipalsOutput.added(
                    AddPrincipalResponse(principal: PrincipalInfo(issued.principal), token: issued.token), json: options.json)
            }
        }
    }

    /// `cyphub principals list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every principal with its working tokens' prefixes.")

        @OptionGroup var options: Options

        func run() async throws {
            try await PrincipalsCommand.run(options, create: false) { store in
                try PrincipalsOutput.list(
                    ListPrincipalsResponse(principals: try await store.list().map(PrincipalInfo.init)), json: options.json)
            }
        }
    }

    /// `cyphub principals revoke`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: RevokePrincipalOptions.abstract)

        @OptionGroup var revoke: RevokePrincipalOptions
        @OptionGroup var options: Options

        func run() async throws {
            try await PrincipalsCommand.run(options, create: false) { store in
                try PrincipalsOutput.revoked(try await store.revoke(revoke.request), json: options.json)
            }
        }
    }

    /// `cyphub principals rotate`.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RotateTokenOptions.abstract, discussion: RotateTokenOptions.discussion)

        @OptionGroup var rotate: RotateTokenOptions
        @OptionGroup var options: Options

        func run() async throws {
            try await PrincipalsCommand.run(options, create: false) { store in
                try PrincipalsOutput.rotated(try await store.rotate(rotate.request), json: options.json)
            }
        }
    }

    /// Opens the store, runs `body`, closes it. A refusal is `error: message` on standard error (and, with `--json`,
    /// `{"error": {"code", "message"}}` on standard output), exit status 64 for bad input and 1 otherwise; nothing
    /// is changed then.
    static func run(_ options: Options, create: Bool, _ body: (PrincipalStore) async throws -> Void) async throws {
        do {
            let store = try PrincipalStore.open(dataDirectory: options.dataDir, create: create)
            defer { try? store.storage.close() }
            try await body(store)
        } catch {
            let failure = RPCError(wrapping: error)
            if options.json { try Output.json(failure: Output.Failure(code: failure.code.name, message: failure.message)) }
            FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
            throw ExitCode(failure.code == .invalidArgument ? 64 : 1)
        }
    }
}
