/// One module's settings: the host's ``SettingsReader`` scoped to `modules.settings.<id>`, read with typed
/// accessors (`int`, `double`, `string`, `bool`, `intList`, `doubleList`, `doubleMap`, `intMap`, `section`) whose
/// errors name the layer (file, `environment`, `command line`) and the full key.
///
/// The host checks after ``DomainModule/registerMethods(with:context:)`` that every key present was read: a key
/// no accessor asked for is reported as unknown (usually a typo), naming the key and where it was set.
public typealias ModuleSettings = SettingsReader

extension SettingsReader {
    /// Settings given in code (module tests): `values` placed at `keyPrefix` (e.g. `modules.settings.capital`),
    /// named `file` in messages; the reader is scoped to `keyPrefix`.
    public init(values: [String: SettingValue], file: String, keyPrefix: String) {
        let path = keyPrefix.split(separator: ".").map(String.init)
        let tree = path.reversed().reduce(SettingValue.object(values)) { nested, key in .object([key: nested]) }
        guard case .object(let root) = tree else { preconditionFailure("a tree of objects") }
        self = SettingsReader(layers: [TreeLayer(name: file, values: root)], primary: file).scoped(path: path)
    }
}
