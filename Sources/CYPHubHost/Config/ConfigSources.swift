/// Where a host's configuration comes from, highest precedence first: flags, `--demo`, the environment, the
/// config file (see README, "Configuration").
public struct ConfigSources: Sendable {
    /// The JSON config file (`--config`); nil when the environment and flags say everything.
    public var file: String?
    /// The process environment: every `CYPHUB_` variable is read and must name a key.
    public var environment: [String: String]
    /// Settings given as flags: `--listen HOST:PORT`, `--data-dir DIR`, `--log-level LEVEL`, and any key with
    /// its components joined by `-` (`--limits-max-frame-bytes 1048576`).
    public var arguments: [String]
    /// With `--demo`: these modules enabled and demo data loaded, over the environment and file; `listen` and
    /// `dataDirectory` defaulted (`127.0.0.1:7420`, `./data`), under them.
    public var demoModules: [String]?

    /// Creates the sources.
    public init(file: String? = nil, environment: [String: String] = [:], arguments: [String] = [], demoModules: [String]? = nil) {
        self.file = file
        self.environment = environment
        self.arguments = arguments
        self.demoModules = demoModules
    }
}
