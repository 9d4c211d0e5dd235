import Configuration
import Foundation

extension SettingsReader {
    /// The full dotted key of `key` (relative, dotted).
    func fullKey(_ key: String) -> String { path.isEmpty ? key : "\(keyPrefix).\(key)" }

    /// The error for `key` in `layer`: the layer's name, the full key, and how the layer spells it.
    func failure(_ key: String, _ reason: String, in layer: any SettingsLayer) -> ConfigError {
        ConfigError(
            file: layer.name, key: fullKey(key), reason: reason, name: layer.spelling(of: path + Self.components(of: key)))
    }

    /// Reads `key` through the `ConfigReader` with `get`, recording it as read; nil when no layer holds it. A value
    /// of the wrong type is an error worded from what the winning layer holds: the same words for a file, a
    /// variable or a flag.
    func value<T>(
        _ key: String,
        _ kind: SettingKind,
        list: Bool = false,
        _ get: (ConfigReader, ConfigKey) throws -> T
    ) throws -> (value: T, layer: any SettingsLayer)? {
        let full = path + [key]
        record(full)
        // A variable or flag that only extends this key's name holds nothing here (the unknown-key check reports
        // it); an object in a file is a value of the wrong type.
        guard
            let layer = shared.layers.first(where: { layer in
                switch layer.entry(at: full) {
                case .absent: false
                case .object: layer.spelling(of: full) == nil
                case .value, .text: true
                }
            })
        else { return nil }
        let entry = layer.entry(at: full)
        if entry == .object { throw failure(key, "expected \(list ? "an array" : kind.noun), found an object", in: layer) }
        do {
            return (try get(reader, ConfigKey([key])), layer)
        } catch {
            throw mismatch(key, entry, kind, list: list, in: layer)
        }
    }

    /// Why `entry` is not `kind` (or a list of it): the first bad element of a list is named by its index.
    func mismatch(_ key: String, _ entry: SettingsEntry, _ kind: SettingKind, list: Bool, in layer: any SettingsLayer) -> ConfigError {
        switch entry {
        case .value(let value):
            guard list else { return failure(key, "expected \(kind.noun), found \(value.typeName)", in: layer) }
            guard case .array(let items) = value else { return failure(key, "expected an array, found \(value.typeName)", in: layer) }
            if let index = items.firstIndex(where: { !kind.accepts($0) }) {
                return failure("\(key)[\(index)]", "expected \(kind.noun), found \(items[index].typeName)", in: layer)
            }
        case .text(let text):
            guard list else { return failure(key, "expected \(kind.noun), found '\(text)'", in: layer) }
            let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if let index = items.firstIndex(where: { !kind.accepts(text: $0) }) {
                return failure("\(key)[\(index)]", "expected \(kind.noun), found '\(items[index])'", in: layer)
            }
        case .absent, .object:
            break
        }
        return failure(key, "expected \(list ? "a list of " : "")\(kind.noun)", in: layer)
    }
}
