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
        abstract: "The host's admin services: principals and the audit log (admin principals only).",
        subcommands: [PrincipalsCommand.self, AuditCommand.self]
    )

    /// `cyp admin principals`: as `cyphub principals`, over the wire.
    struct PrincipalsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "principals",
            abstract: "Add, list, revoke and rotate principals on a running host (as `cyphub principals`, over the wire).",
            discussion: "A token is printed once, when it is issued: the host keeps only its SHA-256. See docs/security.md.",
            subcommands: [Add.self, List.self, Revoke.self, Rotate.self]
        )
    }

    /// `cyp admin principals add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a principal and print its first token (shown once).")

        @OptionGroup var principal: AddPrincipalOptions
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let request = principal.request
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
        static let configuration = CommandConfiguration(abstract: RevokePrincipalOptions.abstract)

        @OptionGroup var revoke: RevokePrincipalOptions
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let request = revoke.request
            let response = try await withCaller(global) { try await AdminClient(caller: $0).revokePrincipal(request) }
            try PrincipalsOutput.revoked(response, json: global.json)
        }
    }

    /// `cyp admin principals rotate`.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: RotateTokenOptions.abstract, discussion: RotateTokenOptions.discussion)

        @OptionGroup var rotate: RotateTokenOptions
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let request = rotate.request
            let response = try await withCaller(global) { try await AdminClient(caller: $0).rotateToken(request) }
            try PrincipalsOutput.rotated(response, json: global.json)
        }
    }
}
