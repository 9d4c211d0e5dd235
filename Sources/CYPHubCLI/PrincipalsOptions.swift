public import ArgumentParser
public import CYPHubCore

/// The arguments of `principals add`, offline (`cyphub`) and over the wire (`cyp admin`): the same flags, the same
/// request.
public struct AddPrincipalOptions: ParsableArguments {
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

    /// Parsed by the argument parser.
    public init() {}

    /// The admin service's request (the host checks every field).
    public var request: AddPrincipalRequest {
        AddPrincipalRequest(
            name: name, role: role, authorities: authorities, expires: expires, certificateSubject: certificateSubject, note: note)
    }
}

/// The arguments of `principals revoke`.
public struct RevokePrincipalOptions: ParsableArguments {
    @Argument(help: "The principal's name.")
    var name: String

    @Option(help: ArgumentHelp("Revoke only the token with this listed prefix (the principal stays).", valueName: "cyp_AbCd"))
    var prefix: String = ""

    /// Parsed by the argument parser.
    public init() {}

    /// The admin service's request.
    public var request: RevokePrincipalRequest { RevokePrincipalRequest(name: name, tokenPrefix: prefix) }

    /// What `revoke` says about itself.
    public static let abstract = "Revoke a principal and every token of it, or with --prefix one token only."
}

/// The arguments of `principals rotate`.
public struct RotateTokenOptions: ParsableArguments {
    @Argument(help: "The principal's name.")
    var name: String

    @Flag(name: .customLong("keep-old"), help: "Keep the principal's other tokens working.")
    var keepOld = false

    /// Parsed by the argument parser.
    public init() {}

    /// The admin service's request.
    public var request: RotateTokenRequest { RotateTokenRequest(name: name, keepOld: keepOld) }

    /// What `rotate` says about itself.
    public static let abstract = "Issue a principal a new token (shown once) and revoke its others."
    /// And in more words.
    public static let discussion = """
        With --keep-old the other tokens keep working, so a partner can switch over; then revoke the old one alone \
        with `revoke NAME --prefix cyp_…`.
        """
}
