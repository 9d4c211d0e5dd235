package import Configuration
internal import Foundation

/// Settings held as a tree: a JSON config file (read by swift-configuration's `FileProvider` with CYPHub's strict
/// snapshot), or settings given in code.
package struct TreeLayer: SettingsLayer {
    /// The file's path, or what the settings are (`--demo`, `test`).
    package let name: String
    /// `FileProvider<SettingsSnapshot>` for a file, an in-memory provider otherwise.
    package let provider: any ConfigProvider
    private let tree: SettingsSnapshot

    /// Settings given in code, named `name` in messages.
    package init(name: String, values: [String: SettingValue]) {
        self.name = name
        self.tree = SettingsSnapshot(root: values, providerName: "SettingsTreeProvider[\(name)]")
        self.provider = SettingsTreeProvider(tree: tree)
    }

    /// Reads the JSON file at `path`. A missing file, a file that is not JSON or not a JSON object is an error
    /// naming the file.
    package static func file(path: String) async throws -> TreeLayer {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConfigError(file: path, key: "(file)", reason: "no such file")
        }
        if isDirectory.boolValue { throw ConfigError(file: path, key: "(file)", reason: "is a directory, not a file") }
        // FileProvider takes its path from a reader, which spares this target a dependency on swift-system.
        let location = ConfigReader(provider: InMemoryProvider(values: ["filePath": ConfigValue(.string(path), isSecret: false)]))
        let provider: FileProvider<SettingsSnapshot>
        do {
            provider = try await FileProvider<SettingsSnapshot>(config: location)
        } catch SettingsSnapshot.ParseError.notJSON(let detail) {
            throw ConfigError(file: path, key: "(file)", reason: "not valid JSON: \(detail)")
        } catch SettingsSnapshot.ParseError.notAnObject(let found) {
            throw ConfigError(file: path, key: "(root)", reason: "expected a JSON object, found \(found)")
        } catch {
            throw ConfigError(file: path, key: "(file)", reason: "cannot read the file: \(error)")
        }
        guard let tree = provider.snapshot() as? SettingsSnapshot else {
            throw ConfigError(file: path, key: "(file)", reason: "cannot read the file as settings")
        }
        return TreeLayer(name: path, provider: provider, tree: tree)
    }

    private init(name: String, provider: any ConfigProvider, tree: SettingsSnapshot) {
        self.name = name
        self.provider = provider
        self.tree = tree
    }

    /// The value at `key`, `.object` for an object, `.absent` when the file has nothing there.
    package func entry(at key: [String]) -> SettingsEntry {
        switch tree.setting(at: key) {
        case .none: .absent
        case .object?: .object
        case let value?: .value(value)
        }
    }

    /// The object's keys at `key` (none when it is not an object).
    package func childKeys(of key: [String]) -> [String] {
        guard case .object(let object)? = tree.setting(at: key) else { return [] }
        return object.keys.sorted()
    }

    /// Nil: a file's keys are the dotted keys.
    package func spelling(of key: [String]) -> String? { nil }

    /// The shortest dotted keys under `key` that nothing read: `colour` for an unread `"colour": {"a": 1}`.
    package func unreadKeys(under key: [String], reads: SettingsReads, excluding: [[String]]) -> [String] {
        guard let start = tree.setting(at: key) else { return [] }
        var unread: [String] = []
        func visit(_ value: SettingValue, _ path: [String]) {
            if reads.covers(path) || excluding.contains(where: { path.starts(with: $0) }) { return }
            if case .object(let object) = value, path.count == key.count || reads.hasReadsBelow(path) {
                for name in object.keys.sorted() { visit(object[name] ?? .null, path + [name]) }
                return
            }
            unread.append(path.joined(separator: "."))
        }
        visit(start, key)
        return unread
    }
}
