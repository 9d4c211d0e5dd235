import Configuration

extension SettingsReader {
    /// A list of whole numbers (e.g. forecast horizons), or `defaultValue` when absent. In the environment or on
    /// the command line, the numbers are separated by commas.
    public func intList(_ key: String, default defaultValue: [Int], range: ClosedRange<Int>? = nil) throws -> [Int] {
        guard let (values, layer) = try value(key, .wholeNumber, list: true, { try $0.requiredIntArray(forKey: $1) }) else {
            return defaultValue
        }
        if let range, let index = values.firstIndex(where: { !range.contains($0) }) {
            throw failure("\(key)[\(index)]", "\(values[index]) is outside \(range.lowerBound)...\(range.upperBound)", in: layer)
        }
        return values
    }

    /// A list of finite numbers (e.g. a profile of weights), or `defaultValue` when absent.
    public func doubleList(_ key: String, default defaultValue: [Double]) throws -> [Double] {
        guard let (values, layer) = try value(key, .number, list: true, { try $0.requiredDoubleArray(forKey: $1) }) else {
            return defaultValue
        }
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw failure("\(key)[\(index)]", "expected a finite number, found \(values[index])", in: layer)
        }
        return values
    }

    /// A list of strings (e.g. module ids), or `defaultValue` when absent; `element` names one in messages
    /// (`expected a module id string, found a number`).
    public func stringList(_ key: String, default defaultValue: [String], element: String = "a string") throws -> [String] {
        try value(key, .string(noun: element), list: true, { try $0.requiredStringArray(forKey: $1) })?.value ?? defaultValue
    }

    /// An object of numbers (e.g. rates per phase), or `[:]` when absent; keys must be in `allowedKeys` when given.
    /// Each key may come from a different layer (`CYPHUB_…_PRIMARY` over the file's `primary`).
    public func doubleMap(
        _ key: String,
        allowedKeys: Set<String>? = nil,
        range: ClosedRange<Double>? = nil
    ) throws -> [String: Double] {
        try map(key, allowedKeys: allowedKeys) { section, name in
            let value = try section.double(name, default: 0)
            if let range, !range.contains(value) {
                throw section.error(name, "\(value) is outside \(range.lowerBound)...\(range.upperBound)")
            }
            return value
        }
    }

    /// An object of whole numbers (e.g. thresholds per team type), or `[:]` when absent; keys must be in
    /// `allowedKeys` when given.
    public func intMap(
        _ key: String,
        allowedKeys: Set<String>? = nil,
        range: ClosedRange<Int>? = nil
    ) throws -> [String: Int] {
        try map(key, allowedKeys: allowedKeys) { section, name in try section.int(name, default: 0, range: range) }
    }

    /// Reads the object at `key` (e.g. `s106` in `modules.settings.capital.s106`) as nested settings with
    /// `body`, whose errors name the nested keys in full. When `body` returns, any key of the object it did
    /// not read is an error naming the key (usually a typo). An absent `key` reads as an empty object.
    public func section<T>(_ key: String, _ body: (SettingsReader) throws -> T) throws -> T {
        let section = scoped(path: [key])
        try section.requireObject()
        let result = try body(section)
        try section.rejectUnread("unknown setting")
        return result
    }

    /// The object at `key`, each of its keys read with `read`; recorded as read whole.
    private func map<T>(
        _ key: String,
        allowedKeys: Set<String>?,
        _ read: (SettingsReader, String) throws -> T
    ) throws -> [String: T] {
        let full = path + [key]
        record(full, whole: true)
        let section = scoped(path: [key])
        try section.requireObject()
        var names = Set<String>()
        for layer in shared.layers { names.formUnion(layer.childKeys(of: full)) }
        var result: [String: T] = [:]
        for name in names.sorted() {
            if let allowedKeys, !allowedKeys.contains(name) {
                throw section.error(name, "unknown key; expected one of \(allowedKeys.sorted().joined(separator: ", "))")
            }
            result[name] = try read(section, name)
        }
        return result
    }
}
