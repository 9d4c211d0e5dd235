import ArgumentParser

/// `cyp admin …`: the host's admin-only services.
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Admin-only services of the host (an admin principal's token).",
        subcommands: [AuditCommand.self]
    )
}
