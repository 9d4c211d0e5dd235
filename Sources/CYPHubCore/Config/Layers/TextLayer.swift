package import Configuration

/// Settings given as named text: environment variables (`CYPHUB_LIMITS_MAX_FRAME_BYTES=1048576`) or flags
/// (`--limits-max-frame-bytes 1048576`), read through swift-configuration's `EnvironmentVariablesProvider` and
/// `CommandLineArgumentsProvider`. The provider says how it spells a key; this layer keeps what was given, so a
/// variable or flag that no key reads is reported by its own name.
package struct TextLayer: SettingsLayer {
    /// `environment` or `command line`.
    package let name: String
    /// The swift-configuration provider.
    package let provider: any ConfigProvider
    /// Each variable or flag given, with its text (a flag's values joined with commas).
    package let entries: [String: String]
    /// What joins the words of a name: `_` in a variable, `-` in a flag.
    let separator: String
    /// Turns the rest of a name after a key's spelling and the separator back into a key (`CIN` → `cin`).
    let decode: @Sendable (String) -> String

    init(
        name: String, provider: any ConfigProvider, entries: [String: String], separator: String,
        decode: @escaping @Sendable (String) -> String
    ) {
        self.name = name
        self.provider = provider
        self.entries = entries
        self.separator = separator
        self.decode = decode
    }

    /// The provider's own spelling of `key` (what it looks up).
    package func spelling(of key: [String]) -> String? {
        (try? provider.value(forKey: AbsoluteConfigKey(key), type: .stringArray))?.encodedKey
    }

    private func names(under key: [String]) -> [String] {
        guard !key.isEmpty, let spelled = spelling(of: key) else { return entries.keys.sorted() }
        return entries.keys.filter { $0.hasPrefix(spelled + separator) }.sorted()
    }

    /// The text of the variable or flag spelling `key`; `.object` when only longer names extend it.
    package func entry(at key: [String]) -> SettingsEntry {
        if !key.isEmpty, let spelled = spelling(of: key), let text = entries[spelled] { return .text(text) }
        return names(under: key).isEmpty ? .absent : .object
    }

    /// The rest of each name under `key`, decoded (`…_CASELOAD_THRESHOLDS_CIN` → `cin`).
    package func childKeys(of key: [String]) -> [String] {
        guard let spelled = spelling(of: key) else { return [] }
        let prefix = spelled + separator
        return Array(Set(names(under: key).map { decode(String($0.dropFirst(prefix.count))) })).sorted()
    }

    /// Names under `key` that no read key spells (nor extends, for an object read whole).
    package func unreadKeys(under key: [String], reads: SettingsReads, excluding: [[String]]) -> [String] {
        let valueNames = Set(reads.values.compactMap(spelling(of:)))
        let objectNames = reads.objects.compactMap(spelling(of:))
        let excludedNames = excluding.compactMap(spelling(of:))
        var candidates = names(under: key)
        if !key.isEmpty, let spelled = spelling(of: key), entries[spelled] != nil { candidates.insert(spelled, at: 0) }
        return candidates.filter { name in
            if valueNames.contains(name) { return false }
            let extends = { (prefix: String) in name == prefix || name.hasPrefix(prefix + separator) }
            return !objectNames.contains(where: extends) && !excludedNames.contains(where: extends)
        }
    }
}
