import Synchronization

/// A value from a config file.
public indirect enum SettingValue: Sendable, Hashable {
    /// JSON `null`.
    case null
    /// JSON `true` / `false`.
    case bool(Bool)
    /// A JSON number.
    case number(Double)
    /// A JSON string.
    case string(String)
    /// A JSON array.
    case array([SettingValue])
    /// A JSON object.
    case object([String: SettingValue])

    /// The JSON type's name, for error messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A config value that is missing or malformed, named by file and key.
public struct ConfigError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The config file's path (or `--demo` / `command line` when the value did not come from a file).
    public var file: String
    /// The full dotted key, e.g. `modules.settings.social-care.caseloadThresholds.cin`.
    public var key: String
    /// What is wrong with it.
    public var reason: String

    /// Creates an error.
    public init(file: String, key: String, reason: String) {
        self.file = file
        self.key = key
        self.reason = reason
    }

    /// `file: key: reason`.
    public var description: String { "\(file): \(key): \(reason)" }
}

/// One module's settings, read with typed accessors whose errors name the key and the file.
///
/// The host checks after start-up that every key present was read: a key no module asked for is
/// reported as unknown (usually a typo), naming the key and the file.
public struct ModuleSettings: Sendable {
    /// The settings object (empty when the config has none for this module).
    public let values: [String: SettingValue]
    /// The config file the settings came from.
    public let file: String
    /// The dotted key of this object in the file, e.g. `modules.settings.social-care`.
    public let keyPrefix: String
    private let readKeys: ReadKeys

    /// Creates settings for one module.
    public init(values: [String: SettingValue], file: String, keyPrefix: String) {
        self.values = values
        self.file = file
        self.keyPrefix = keyPrefix
        self.readKeys = ReadKeys()
    }

    /// Keys present in the file that no accessor asked for.
    public var unreadKeys: [String] {
        let read = readKeys.keys.withLock { $0 }
        return values.keys.filter { !read.contains($0) }.sorted()
    }

    /// The error for `key`, naming the file and the full key.
    public func error(_ key: String, _ reason: String) -> ConfigError {
        ConfigError(file: file, key: "\(keyPrefix).\(key)", reason: reason)
    }

    /// The value at `key`, marked as read.
    func value(_ key: String) -> SettingValue? {
        readKeys.keys.withLock { _ = $0.insert(key) }
        return values[key]
    }

    /// A whole number, or `defaultValue` when absent.
    public func int(_ key: String, default defaultValue: Int, range: ClosedRange<Int>? = nil) throws -> Int {
        guard let value = value(key) else { return defaultValue }
        guard case .number(let number) = value, let int = Int(exactly: number) else {
            throw error(key, "expected a whole number, found \(value.typeName)")
        }
        if let range, !range.contains(int) {
            throw error(key, "\(int) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return int
    }

    /// A number, or `defaultValue` when absent.
    public func double(_ key: String, default defaultValue: Double) throws -> Double {
        guard let value = value(key) else { return defaultValue }
        guard case .number(let number) = value else { throw error(key, "expected a number, found \(value.typeName)") }
        return number
    }

    /// A string, or `defaultValue` when absent.
    public func string(_ key: String, default defaultValue: String) throws -> String {
        guard let value = value(key) else { return defaultValue }
        guard case .string(let string) = value else { throw error(key, "expected a string, found \(value.typeName)") }
        return string
    }

    /// A boolean, or `defaultValue` when absent.
    public func bool(_ key: String, default defaultValue: Bool) throws -> Bool {
        guard let value = value(key) else { return defaultValue }
        guard case .bool(let bool) = value else { throw error(key, "expected true or false, found \(value.typeName)") }
        return bool
    }

    /// An array of whole numbers (e.g. forecast horizons), or `defaultValue` when absent.
    public func intList(_ key: String, default defaultValue: [Int], range: ClosedRange<Int>? = nil) throws -> [Int] {
        guard let value = value(key) else { return defaultValue }
        guard case .array(let items) = value else { throw error(key, "expected an array, found \(value.typeName)") }
        var result: [Int] = []
        for (index, item) in items.enumerated() {
            guard case .number(let number) = item, let int = Int(exactly: number) else {
                throw error("\(key)[\(index)]", "expected a whole number, found \(item.typeName)")
            }
            if let range, !range.contains(int) {
                throw error("\(key)[\(index)]", "\(int) is outside \(range.lowerBound)...\(range.upperBound)")
            }
            result.append(int)
        }
        return result
    }

    /// An array of numbers (e.g. a profile of weights), or `defaultValue` when absent.
    public func doubleList(_ key: String, default defaultValue: [Double]) throws -> [Double] {
        guard let value = value(key) else { return defaultValue }
        guard case .array(let items) = value else { throw error(key, "expected an array, found \(value.typeName)") }
        return try items.enumerated().map { index, item in
            guard case .number(let number) = item, number.isFinite else {
                throw error("\(key)[\(index)]", "expected a number, found \(item.typeName)")
            }
            return number
        }
    }

    /// An object of numbers (e.g. rates per phase), or `[:]` when absent; keys must be in `allowedKeys` when given.
    public func doubleMap(
        _ key: String,
        allowedKeys: Set<String>? = nil,
        range: ClosedRange<Double>? = nil
    ) throws -> [String: Double] {
        guard let value = value(key) else { return [:] }
        guard case .object(let object) = value else { throw error(key, "expected an object, found \(value.typeName)") }
        var result: [String: Double] = [:]
        for (name, entry) in object {
            if let allowedKeys, !allowedKeys.contains(name) {
                throw error("\(key).\(name)", "unknown key; expected one of \(allowedKeys.sorted().joined(separator: ", "))")
            }
            guard case .number(let number) = entry, number.isFinite else {
                throw error("\(key).\(name)", "expected a number, found \(entry.typeName)")
            }
            if let range, !range.contains(number) {
                throw error("\(key).\(name)", "\(number) is outside \(range.lowerBound)...\(range.upperBound)")
            }
            result[name] = number
        }
        return result
    }

    /// An object of whole numbers (e.g. thresholds per team type); keys must be in `allowedKeys` when given.
    public func intMap(
        _ key: String,
        allowedKeys: Set<String>? = nil,
        range: ClosedRange<Int>? = nil
    ) throws -> [String: Int] {
        guard let value = value(key) else { return [:] }
        guard case .object(let object) = value else { throw error(key, "expected an object, found \(value.typeName)") }
        var result: [String: Int] = [:]
        for (name, entry) in object {
            if let allowedKeys, !allowedKeys.contains(name) {
                throw error("\(key).\(name)", "unknown key; expected one of \(allowedKeys.sorted().joined(separator: ", "))")
            }
            guard case .number(let number) = entry, let int = Int(exactly: number) else {
                throw error("\(key).\(name)", "expected a whole number, found \(entry.typeName)")
            }
            if let range, !range.contains(int) {
                throw error("\(key).\(name)", "\(int) is outside \(range.lowerBound)...\(range.upperBound)")
            }
            result[name] = int
        }
        return result
    }
}

private final class ReadKeys: Sendable {
    let keys = Mutex<Set<String>>([])
}
