public import CYPHubCore

/// Builds the one ``SettingsReader`` over the command line, the environment and the config file (in that order
/// of precedence; swift-configuration's `ConfigReader` underneath), and reads a ``HostConfiguration`` from it.
public enum ConfigLoader {
    /// The environment variables' prefix: `CYPHUB_LISTEN`, `CYPHUB_LIMITS_MAX_FRAME_BYTES`.
    public static let environmentPrefix = "cyphub"
    /// `CYPHUB_` variables that belong to the clients, not the host, and are not read as settings.
    public static let clientVariables: Set<String> = ["CYPHUB_TOKEN"]
    /// Flags shorter than their key's spelling: `--data-dir` for `dataDirectory`.
    public static let flagAliases: [[String]: [String]] = [["dataDirectory"]: ["dataDir"]]
    /// What `--demo` sets when no layer does: loopback and `./data`.
    static let demoDefaults: [String: SettingValue] = ["listen": .string("127.0.0.1:7420"), "dataDirectory": .string("./data")]

    /// Reads the config file at `path` alone (no environment, no flags).
    public static func load(path: String) async throws -> HostConfiguration {
        try await load(ConfigSources(file: path))
    }

    /// Reads the host's configuration from `sources`. Every error names the layer (the file's path, `environment`,
    /// `command line`) and the key.
    public static func load(_ sources: ConfigSources) async throws -> HostConfiguration {
        try HostConfiguration(settings: try await reader(sources))
    }

    /// The reader over `sources`' layers, highest precedence first.
    public static func reader(_ sources: ConfigSources) async throws -> SettingsReader {
        var layers: [any SettingsLayer] = [TextLayer.commandLine(arguments: sources.arguments, aliases: flagAliases)]
        if let demo = sources.demoModules {
            let enabled = SettingValue.array(demo.map(SettingValue.string))
            layers.append(TreeLayer(name: "--demo", values: ["modules": .object(["enabled": enabled]), "demoData": .bool(true)]))
        }
        // CYPHUB_TOKEN is the client's (`cyp`'s bearer token), not a host setting: an operator's shell may hold it.
        let variables = sources.environment.filter { !clientVariables.contains($0.key) }
        layers.append(TextLayer.environment(prefix: environmentPrefix, variables: variables))
        if let file = sources.file { layers.append(try await TreeLayer.file(path: file)) }
        if sources.demoModules != nil { layers.append(TreeLayer(name: "--demo", values: demoDefaults)) }
        let primary = sources.file ?? (sources.demoModules != nil ? "--demo" : "environment")
        return SettingsReader(layers: layers, primary: primary)
    }
}
