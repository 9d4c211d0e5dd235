public import ArgumentParser
public import CYPHubClient
internal import CYPHubCore
internal import Foundation

/// Options every `cyp` command takes, before or after the command's name: every leaf command includes them as
/// `@OptionGroup var global: GlobalOptions`, and `cyp` moves those given before the command (or between a group's name
/// and its subcommand's) to after it, so they may stand anywhere.
public struct GlobalOptions: ParsableArguments {
    /// The host, `HOST:PORT`.
    @Option(name: .long, help: "The CYPHub host as HOST:PORT ([ADDRESS]:PORT for IPv6).")
    public var server: String = "127.0.0.1:7420"

    /// Print one JSON document.
    @Flag(name: .long, help: "Print one JSON document instead of a table.")
    public var json = false

    /// Seconds to wait for an answer.
    @Option(name: .long, help: "Seconds to wait for an answer before giving up (above 0, at most 86400).")
    public var timeout: Double = 30

    /// Connect with TLS (implied by `--ca`, `--cert` and `--key`).
    @Flag(name: .long, help: "Connect with TLS, trusting the system's CAs unless --ca is given.")
    public var tls = false

    /// The CA file the host's certificate must lead to.
    @Option(
        name: .long,
        help: ArgumentHelp("Trust the CA certificates in this PEM file for the host's certificate (implies --tls).", valueName: "file"))
    public var ca: String?

    /// The client certificate, for a host that requires one (mutual TLS).
    @Option(
        name: .long,
        help: ArgumentHelp("Present this PEM client certificate chain (mutual TLS; implies --tls; needs --key).", valueName: "file"))
    public var cert: String?

    /// The client certificate's private key.
    @Option(name: .long, help: ArgumentHelp("The PEM private key of --cert.", valueName: "file"))
    public var key: String?

    /// The bearer token calls carry (`authorization: Bearer …`); `CYPHUB_TOKEN` when not given. Never printed.
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Send this bearer token with every call (default: the CYPHUB_TOKEN environment variable). Prefer the variable: a command line is visible to other users.",
            valueName: "token"))
    public var token: String?

    /// The token to send: `--token`, else a non-empty `CYPHUB_TOKEN`, else none.
    public var bearerToken: String? {
        if let token { return token }
        guard let variable = ProcessInfo.processInfo.environment[Self.tokenVariable], !variable.isEmpty else { return nil }
        return variable
    }

    /// The environment variable holding the token.
    public static let tokenVariable = "CYPHUB_TOKEN"

    /// The TLS options to connect with; nil: plaintext.
    public var clientTLS: ClientTLS? {
        guard tls || ca != nil || cert != nil || key != nil else { return nil }
        return ClientTLS(trustRoots: ca.map { .file($0) } ?? .system, certificateChainFile: cert, privateKeyFile: key)
    }

    /// The longest `--timeout`, a day.
    static let maxTimeoutSeconds: Double = 86_400

    /// Options at their defaults (`cyp`'s parser fills them from the command line).
    public init() {}

    /// Refuses a `--server` that is not `HOST:PORT` and a `--timeout` outside (0, 86400] before anything runs.
    public func validate() throws {
        do {
            try CYPHubClient.validate(address: server)
        } catch {
            throw ValidationError("--server: \(error.message)")
        }
        guard timeout > 0, timeout <= Self.maxTimeoutSeconds else {
            throw ValidationError("--timeout: give a number of seconds above 0 and at most 86400")
        }
        if let token = bearerToken {
            do {
                try CYPHubClient.validate(token: token)
            } catch {
                throw ValidationError("\(self.token == nil ? Self.tokenVariable : "--token"): \(error.message)")
            }
        }
        if (cert == nil) != (key == nil) {
            throw ValidationError(
                cert == nil ? "--key: give the certificate too (--cert FILE)" : "--cert: give its private key too (--key FILE)")
        }
    }

    /// The names of the options (`--server`, `--timeout`, `--ca`, …) that take a value, and of the flags (`--json`,
    /// `--tls`).
    static let valueOptions: Set<String> = ["--server", "--timeout", "--ca", "--cert", "--key", "--token"]
    static let flags: Set<String> = ["--json", "--tls"]
}
