public import ArgumentParser

/// Options every `cyp` command takes, before or after the subcommand's name.
public struct GlobalOptions: ParsableArguments {
    /// The host, `HOST:PORT`.
    @Option(name: .long, help: "The CYPHub host as HOST:PORT.")
    public var server: String = "127.0.0.1:7420"

    /// Print one JSON document.
    @Flag(name: .long, help: "Print one JSON document instead of a table.")
    public var json = false

    /// Seconds to wait for an answer.
    @Option(name: .long, help: "Seconds to wait for an answer before giving up.")
    public var timeout: Double = 30

    /// Options at their defaults (`cyp`'s parser fills them from the command line).
    public init() {}
}
