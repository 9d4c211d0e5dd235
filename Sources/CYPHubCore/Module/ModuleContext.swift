public import Logging

/// What the host gives a module: its settings, the database and a logger.
public struct ModuleContext: Sendable {
    /// The module's own section of the configuration (`modules.settings.<id>`).
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

    /// Another module's section (`modules.settings.<id>`), for the one setting of a fact two modules report: the
    /// workforce module reads the social care module's `caseloadThresholds` rather than keep a copy of its own.
    /// What is read counts as read for that module's section too.
    public func settings(ofModule id: String) -> ModuleSettings {
        settings.root.scoped(path: ["modules", "settings", id])
    }
}
