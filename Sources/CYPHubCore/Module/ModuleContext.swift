public import Logging

/// What the host gives a module: its settings, the database and a logger.
public struct ModuleContext: Sendable {
    /// The module's own section of the config file (`modules.settings.<id>`).
    public let settings: ModuleSettings
    /// The host's database; the module's tables live here, created by its migrations.
    public let storage: Storage
    /// A logger labelled with the module id.
    public let logger: Logger

    /// Creates a context; the host does this once per enabled module.
    public init(settings: ModuleSettings, storage: Storage, logger: Logger) {
        self.settings = settings
        self.storage = storage
        self.logger = logger
    }
}
