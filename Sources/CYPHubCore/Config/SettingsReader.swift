import Configuration
import Synchronization

/// The one reader of configuration: the host's keys and every module's section, from every layer.
///
/// Values are read through swift-configuration's `ConfigReader` over the layers' providers, highest precedence
/// first (for the host: command line, environment, config file); a module's reader is the host's
/// ``scoped(to:)`` its section `modules.settings.<id>`. What swift-configuration does not give by itself, the
/// reader adds, the same way for every layer:
///
/// - a malformed value is an error naming the layer (the file's path, `environment`, `command line`), the full
///   dotted key and why, never a silent default;
/// - every key read is recorded, so a key, variable or flag that nothing read (usually a typo) is reported
///   (``rejectUnread(_:)``), naming its layer and the key as that layer spells it.
public struct SettingsReader: Sendable {
    /// The layers, the `ConfigReader` over them, and the keys read so far: shared by every scoped copy.
    final class Shared: Sendable {
        let layers: [any SettingsLayer]
        let reader: ConfigReader
        let primary: String
        let reads = Mutex(SettingsReads())

        init(layers: [any SettingsLayer], primary: String) {
            let layers = layers.isEmpty ? [TreeLayer(name: primary, values: [:])] : layers
            self.layers = layers
            self.reader = ConfigReader(providers: layers.map(\.provider))
            self.primary = primary
        }
    }

    let shared: Shared
    /// This reader's key components from the top, e.g. `["modules", "settings", "social-care"]`.
    package let path: [String]
    /// The `ConfigReader` scoped to ``path``.
    let reader: ConfigReader

    /// A reader over `layers`, highest precedence first; `primary` names the configuration in messages about a
    /// key no layer holds (the config file's path, usually).
    package init(layers: [any SettingsLayer], primary: String) {
        let shared = Shared(layers: layers, primary: primary)
        self.init(shared: shared, path: [])
    }

    private init(shared: Shared, path: [String]) {
        self.shared = shared
        self.path = path
        self.reader = path.isEmpty ? shared.reader : shared.reader.scoped(to: ConfigKey(path))
    }

    /// The dotted key of this reader's section, e.g. `modules.settings.social-care` (empty at the top).
    public var keyPrefix: String { path.joined(separator: ".") }

    /// What messages call the configuration when no layer holds a key: the config file's path, usually.
    public var file: String { shared.primary }

    /// The reader of the whole configuration.
    public var root: SettingsReader { SettingsReader(shared: shared, path: []) }

    /// The reader of the object at `key` (dotted: `limits`, `modules.settings`), sharing this reader's record
    /// of what was read.
    public func scoped(to key: String) -> SettingsReader {
        scoped(path: key.split(separator: ".").map(String.init))
    }

    /// The reader of the object at `path` below this one.
    package func scoped(path components: [String]) -> SettingsReader {
        SettingsReader(shared: shared, path: path + components)
    }

    /// Whether no layer holds anything in this reader's section.
    public var isEmpty: Bool { shared.layers.allSatisfy { $0.entry(at: path) == .absent } }

    /// The error for `key` (relative, dotted; `list[2]` for an element), naming the layer that holds it (the
    /// highest that holds anything there) and the full key.
    public func error(_ key: String, _ reason: String) -> ConfigError {
        let components = Self.components(of: key)
        let full = path + components
        let layer = winner(full)?.layer
        return ConfigError(
            file: layer?.name ?? shared.primary,
            key: (path.isEmpty ? "" : keyPrefix + ".") + key,
            reason: reason,
            name: layer?.spelling(of: full)
        )
    }

    /// The highest-precedence layer holding anything at `key` (full components), with what it holds.
    func winner(_ key: [String]) -> (layer: any SettingsLayer, entry: SettingsEntry)? {
        for layer in shared.layers {
            let entry = layer.entry(at: key)
            if entry != .absent { return (layer, entry) }
        }
        return nil
    }

    /// Records `key` (full components) as read, as one value or as a whole object.
    func record(_ key: [String], whole: Bool = false) {
        shared.reads.withLock { (reads: inout SettingsReads) -> Void in
            if whole { reads.objects.insert(key) } else { reads.values.insert(key) }
        }
    }

    /// `a.b[2]` → `["a", "b"]`: the key components of a dotted key, without an element index.
    static func components(of key: String) -> [String] {
        key.split(separator: ".").map { component in
            String(component.prefix { $0 != "[" })
        }
    }
}
