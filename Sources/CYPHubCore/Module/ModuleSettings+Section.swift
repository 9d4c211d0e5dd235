extension ModuleSettings {
    /// Reads the object at `key` (e.g. `s106` in `modules.settings.capital.s106`) as nested settings with
    /// `body`, whose errors name the nested keys in full. When `body` returns, any key of the object it did
    /// not read is an error naming the key (usually a typo). An absent `key` reads as an empty object.
    public func section<T>(_ key: String, _ body: (ModuleSettings) throws -> T) throws -> T {
        let nested: [String: SettingValue]
        switch value(key) {
        case .none: nested = [:]
        case .object(let object): nested = object
        case .some(let other): throw error(key, "expected an object, found \(other.typeName)")
        }
        let section = ModuleSettings(values: nested, file: file, keyPrefix: "\(keyPrefix).\(key)")
        let result = try body(section)
        if let unknown = section.unreadKeys.first {
            throw section.error(unknown, "unknown setting")
        }
        return result
    }
}
