import Synchronization

extension SettingsReader {
    /// What this section holds that nothing has read, layer by layer in order of precedence: keys relative to
    /// the section from a file or from code, variable or flag names from the environment or command line.
    public var unreadKeys: [String] {
        unread(excluding: []).map { layer, key in
            layer.spelling(of: path) == nil && !path.isEmpty ? String(key.dropFirst(keyPrefix.count + 1)) : key
        }
    }

    /// Throws `reason` for the first thing in this section that nothing has read (usually a typo), naming its
    /// layer and its full key (or the variable or flag).
    public func rejectUnread(_ reason: String) throws {
        try rejectUnread(reason, excluding: [])
    }

    /// ``rejectUnread(_:)``, leaving out what lies under `excluding` (dotted keys relative to this section).
    package func rejectUnread(_ reason: String, excluding: [String]) throws {
        if let (layer, key) = unread(excluding: excluding.map { path + Self.components(of: $0) }).first {
            throw ConfigError(file: layer.name, key: key, reason: reason)
        }
    }

    /// A setting that no longer exists: when any layer holds `key`, throws `reason`, naming the layer and the key.
    /// Use it to tell an admin where a setting has moved rather than report it as unknown.
    public func removed(_ key: String, _ reason: String) throws {
        let full = path + [key]
        record(full, whole: true)
        if let (layer, _) = winner(full) { throw failure(key, reason, in: layer) }
    }

    /// Throws unless this section is an object (or absent) in every layer, so that a value where an object belongs
    /// is reported even when a higher layer sets keys under it.
    package func requireObject() throws {
        for layer in shared.layers {
            let found: String
            switch layer.entry(at: path) {
            case .value(let value): found = value.typeName
            case .text(let text): found = "'\(text)'"
            case .absent, .object: continue
            }
            throw ConfigError(
                file: layer.name, key: keyPrefix, reason: "expected an object, found \(found)", name: layer.spelling(of: path))
        }
    }

    /// Throws `reason(child)` for the first key under this section that is not one of `known` (a settings object for
    /// a module id that is not compiled in); `child` is nil when the layer's names cannot be split into keys.
    package func rejectUnknownChildren(known: Set<String>, _ reason: (_ child: String?) -> String) throws {
        let reads = SettingsReads(objects: Set(known.map { path + [$0] }))
        for layer in shared.layers {
            guard let key = layer.unreadKeys(under: path, reads: reads, excluding: []).first else { continue }
            let components = Self.components(of: key)
            let child = layer.spelling(of: path) == nil && components.count > path.count ? components[path.count] : nil
            throw ConfigError(file: layer.name, key: child.map { fullKey($0) } ?? key, reason: reason(child))
        }
    }

    private func unread(excluding: [[String]]) -> [(layer: any SettingsLayer, key: String)] {
        let reads = shared.reads.withLock { $0 }
        return shared.layers.flatMap { layer in
            layer.unreadKeys(under: path, reads: reads, excluding: excluding).map { (layer, $0) }
        }
    }
}
