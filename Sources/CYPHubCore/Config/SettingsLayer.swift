package import Configuration

/// One layer of configuration (a JSON file, the environment, the command line, settings given in code): the
/// swift-configuration provider the ``SettingsReader``'s `ConfigReader` reads values through, plus what CYPHub's
/// strictness needs and a provider does not give: what the layer holds, so that a key nothing read is reported.
package protocol SettingsLayer: Sendable {
    /// How messages name the layer: the file's path, `environment`, `command line`, `--demo`.
    var name: String { get }
    /// The provider values are read through.
    var provider: any ConfigProvider { get }
    /// What the layer holds at `key` (key components, e.g. `["limits", "maxFrameBytes"]`).
    func entry(at key: [String]) -> SettingsEntry
    /// The keys one level under `key`, spelled so that `entry(at: key + [child])` finds each.
    func childKeys(of key: [String]) -> [String]
    /// How the layer spells `key` when that is not the dotted key (`CYPHUB_LISTEN`, `--listen`); nil in a file.
    func spelling(of key: [String]) -> String?
    /// What the layer holds under `key` that `reads` does not cover, skipping anything under `excluding`: full
    /// dotted keys in a file, variable or flag names otherwise. Sorted.
    func unreadKeys(under key: [String], reads: SettingsReads, excluding: [[String]]) -> [String]
}
