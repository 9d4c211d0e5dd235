import ArgumentParser

/// Options every `cyp` command takes, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The CYPHub host as HOST:PORT.")
    var server: String = "127.0.0.1:7420"

    @Flag(name: .long, help: "Print one JSON document instead of a table.")
    var json = false

    @Option(name: .long, help: "Seconds to wait for an answer before giving up.")
    var timeout: Double = 30
}
