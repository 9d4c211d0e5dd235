import ArgumentParser
import CYPHubHost
import CYPHubModules
import Foundation

/// The options `serve` and `check-config` share: where the configuration comes from, and settings given as flags.
///
/// Only `--config` and `--demo` are handled here. `--listen`, `--data-dir`, `--log-level` and any other key given as
/// a flag go to the configuration reader's command-line layer, so their values are checked, and their errors
/// worded, in the same place as the file's and the environment's.
struct HostOptions: ParsableArguments {
    @Option(help: "The JSON config file (see README, \"Configuration\"). Optional when CYPHUB_ variables or --demo say enough.")
    var config: String?

    @Flag(help: "Enable every module and load demo data once; listen on 127.0.0.1:7420 with data in ./data unless set.")
    var demo = false

    @Option(help: "HOST:PORT to listen on (the key `listen`; over CYPHUB_LISTEN and the file).")
    var listen: String?

    @Option(name: .customLong("data-dir"), help: "The data directory (the key `dataDirectory`; over CYPHUB_DATA_DIRECTORY and the file).")
    var dataDir: String?

    @Option(help: "trace, debug, info, notice, warning, error or critical (the key `logLevel`).")
    var logLevel: String?

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "Any other key as a flag, its components joined by '-': --limits-max-frame-bytes 1048576, --modules-enabled send,capital.",
            valueName: "--key value"
        )
    )
    var settings: [String] = []

    /// The layers: these flags, `--demo`, the process environment, the file.
    func sources(environment: [String: String] = ProcessInfo.processInfo.environment) -> ConfigSources {
        var arguments: [String] = []
        if let listen { arguments += ["--listen", listen] }
        if let dataDir { arguments += ["--data-dir", dataDir] }
        if let logLevel { arguments += ["--log-level", logLevel] }
        return ConfigSources(
            file: config, environment: environment, arguments: arguments + settings, demoModules: demo ? BuiltInModules.ids : nil)
    }
}
