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
            See docs/security-principals.md.
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

        @Argument(help: "A unique name: 1-64 letters, digits, '.', '-' or '_' (e.g. leicester-partner).")
        var name: String

        @Option(help: "admin, internal or partner.")
        var role: String

        @Option(help: ArgumentHelp("Comma-separated authority codes (E06000016,E10000018), or all.", valueName: "codes|all"))
        var authorities: String

        @Option(
            help: ArgumentHelp(
                "When it stops working: a date (2027-03-31, valid through that day, UTC) or days (90d). Default: never.",
                valueName: "date|Nd"))
        var expires: String = ""

        @Option(
            name: .customLong("certificate-subject"),
            help: ArgumentHelp("Map this mutual-TLS client-certificate subject to it.", valueName: "'CN=…,O=…'"))
        var certificateSubject: String = ""

        @Option(help: "A note for people (who it is for, a ticket).")
        var note: String = ""

        @OptionGroup var options: Options

        func run() async throws {
            try await PrincipalsCommand.run(options, create: true) { store in
                let principal = try NewPrincipal(
                    name: name, role: role, authorities: authorities, expires: expires, certificateSubject: certificateSubject,
                    note: note)
                let issued = try await store.add(principal)
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
        static let configuration = CommandConfiguration(
            abstract: "Revoke a principal and every token of it, or with --prefix one token only.")

        @Argument(help: "The principal's name.")
        var name: String

        @Option(help: ArgumentHelp("Revoke only the token with this listed prefix (the principal stays).", valueName: "cyp_AbCd"))
        var prefix: String = ""

        @OptionGroup var options: Options

        func run() async throws {
            try await PrincipalsCommand.run(options, create: false) { store in
                let (principal, revoked) =
                    prefix.isEmpty
                    ? try await store.revoke(name: name) : try await store.revokeToken(name: name, prefix: prefix)
                try PrincipalsOutput.revoked(
                    RevokePrincipalResponse(principal: PrincipalInfo(principal), tokensRevoked: UInt32(clamping: revoked)),
                    json: options.json)
            }
        }
    }

    /// `cyphub principals rotate`.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a principal a new token (shown once) and revoke its others.",
            discussion: """
                With --keep-old the other tokens keep working, so a partner can switch over; then revoke the old one \
                alone with `revoke NAME --prefix cyp_…`.
                """
        )

        @Argument(help: "The principal's name.")
        var name: String

        @Flag(name: .customLong("keep-old"), help: "Keep the principal's other tokens working.")
        var keepOld = false

        @OptionGroup var options: Options

        func run() async throws {
            try await PrincipalsCommand.run(options, create: false) { store in
                let issued = try await store.rotate(name: name, keepOld: keepOld)
                try PrincipalsOutput.rotated(
                    RotateTokenResponse(
                        principal: PrincipalInfo(issued.principal), token: issued.token,
                        tokensRevoked: UInt32(clamping: issued.revokedTokens)),
                    json: options.json)
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
