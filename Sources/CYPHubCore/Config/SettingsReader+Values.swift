import Configuration

extension SettingsReader {
    /// A whole number, or `defaultValue` when absent.
    public func int(_ key: String, default defaultValue: Int, range: ClosedRange<Int>? = nil) throws -> Int {
        guard let (value, layer) = try value(key, .wholeNumber, { try $0.requiredInt(forKey: $1) }) else { return defaultValue }
        if let range, !range.contains(value) {
            throw failure(key, "\(value) is outside \(range.lowerBound)...\(range.upperBound)", in: layer)
        }
        return value
    }

    /// A finite number, or `defaultValue` when absent.
    public func double(_ key: String, default defaultValue: Double) throws -> Double {
        guard let (value, layer) = try value(key, .number, { try $0.requiredDouble(forKey: $1) }) else { return defaultValue }
        guard value.isFinite else { throw failure(key, "expected a finite number, found \(value)", in: layer) }
        return value
    }

    /// A string, or `defaultValue` when absent.
    public func string(_ key: String, default defaultValue: String) throws -> String {
        try value(key, .string(noun: "a string"), { try $0.requiredString(forKey: $1) })?.value ?? defaultValue
    }

    /// A string that must be set in some layer; when none holds it, the error names the configuration (the file)
    /// and how the environment and command line would spell the key.
    public func requiredString(_ key: String) throws -> String {
        if let (value, _) = try value(key, .string(noun: "a string"), { try $0.requiredString(forKey: $1) }) { return value }
        throw missing(key)
    }

    /// A boolean, or `defaultValue` when absent.
    public func bool(_ key: String, default defaultValue: Bool) throws -> Bool {
        try value(key, .boolean, { try $0.requiredBool(forKey: $1) })?.value ?? defaultValue
    }

    /// The error for a required key that no layer holds: it names the configuration (the file) and how the
    /// environment and command line would spell the key.
    package func missing(_ key: String, _ reason: String = "required key is missing") -> ConfigError {
        let full = path + Self.components(of: key)
        let spellings = shared.layers.reversed().compactMap { $0.spelling(of: full) }.map { "as \($0)" }
        let also = spellings.isEmpty ? "" : " (set it in a config file, \(spellings.joined(separator: " or ")))"
        return ConfigError(file: shared.primary, key: fullKey(key), reason: reason + also)
    }
}
