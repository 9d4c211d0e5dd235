import ArgumentParser
import CYPHubCLI
import CYPHubClient
import CYPHubCore
import Foundation

/// `cyp whoami`: the principal calls run as.
struct WhoAmICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Show the principal calls run as: name, role, authorities and expiry (the token is never printed)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let response = try await withCaller(global) { caller in
            try await IdentityClient(caller: caller).whoAmI(WhoAmIRequest())
        }
        try PrincipalsOutput.whoAmI(response, server: global.server, json: global.json)
    }
}

/// `cyp admin`: the admin service (admin principals only).
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "The host's admin service (admin principals only).",
        subcommands: [PrincipalsCommand.self]
    )

    /// `cyp admin principals`: as `cyphub principals`, over the wire.
    struct PrincipalsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "principals",
            abstract: "Add, list, revoke and rotate principals on a running host (as `cyphub principals`, over the wire).",
            discussion: "A token is printed once, when it is issued: the host keeps only its SHA-256. See docs/security-principals.md.",
            subcommands: [Add.self, List.self, Revoke.self, Rotate.self]
        )
    }

    /// `cyp admin principals add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a principal and print its first token (shown once).")

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

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let request = AddPrincipalRequest(
                name: name, role: role, authorities: authorities, expires: expires, certificateSubject: certificateSubject, note: note)
            let response = try await withCaller(global) { try await AdminClient(caller: $0).addPrincipal(request) }
            try PrincipalsOutput.added(response, json: global.json)
        }
    }

    /// `cyp admin principals list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every principal with its working tokens' prefixes.")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let response = try await withCaller(global) { try await AdminClient(caller: $0).listPrincipals(ListPrincipalsRequest()) }
            try PrincipalsOutput.list(response, json: global.json)
        }
    }

    /// `cyp admin principals revoke`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a principal and every token of it, or with --prefix one token only.")

        @Argument(help: "The principal's name.")
        var name: String

        @Option(help: ArgumentHelp("Revoke only the token with this listed prefix (the principal stays).", valueName: "cyp_AbCd"))
        var prefix: String = ""

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let response = try await withCaller(global) {
                try await AdminClient(caller: $0).revokePrincipal(RevokePrincipalRequest(name: name, tokenPrefix: prefix))
            }
            try PrincipalsOutput.revoked(response, json: global.json)
        }
    }

    /// `cyp admin principals rotate`.
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

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let response = try await withCaller(global) {
                try await AdminClient(caller: $0).rotateToken(RotateTokenRequest(name: name, keepOld: keepOld))
            }
            try PrincipalsOutput.rotated(response, json: global.json)
        }
    }
}
