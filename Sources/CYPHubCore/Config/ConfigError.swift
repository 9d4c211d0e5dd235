/// A config value that is missing, malformed or unknown, named by where it was set and by its key.
///
/// Every configuration error has this shape, whichever layer the value came from: the config file, the
/// environment or the command line.
public struct ConfigError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Where the value was set: the config file's path, `environment`, `command line` or `--demo`.
    public var file: String
    /// The full dotted key, e.g. `modules.settings.social-care.caseloadThresholds.cin`; for an environment
    /// variable or flag that names no key, the variable or flag itself.
    public var key: String
    /// What is wrong with it.
    public var reason: String
    /// How the environment or command line spells the key (`CYPHUB_LISTEN`, `--listen`); nil for a file.
    public var name: String?

    /// Creates an error.
    public init(file: String, key: String, reason: String, name: String? = nil) {
        self.file = file
        self.key = key
        self.reason = reason
        self.name = name
    }

    /// `file: key: reason`, with the variable or flag after the key: `environment: listen (CYPHUB_LISTEN): …`.
    public var description: String {
        if let name { return "\(file): \(key) (\(name)): \(reason)" }
        return "\(file): \(key): \(reason)"
    }
}
