public import CYPHubCore
import Foundation
import Logging

/// Reads a ``HostConfiguration`` from a JSON file. Every error names the file and the key.
public enum ConfigLoader {
    /// The top-level keys, documented in README ("Configuration").
    static let topLevelKeys: Set<String> = [
        "listen", "dataDirectory", "modules", "limits", "shutdownGracePeriodSeconds", "logLevel", "demoData",
    ]

    /// Reads and validates `path`. Module ids are checked against the compiled modules by the host.
    public static func load(path: String) throws -> HostConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(file: path, key: "(file)", reason: "cannot read the file (does it exist?)")
        }
        let root: SettingValue
        do {
            root = try JSONDecoder().decode(JSONSettingValue.self, from: data).value
        } catch {
            throw ConfigError(file: path, key: "(file)", reason: "not valid JSON: \(Self.describe(error))")
        }
        guard case .object(let object) = root else {
            throw ConfigError(file: path, key: "(root)", reason: "expected a JSON object")
        }
        return try parse(object, file: path)
    }

    /// Validates an already-parsed JSON object.
    public static func parse(_ object: [String: SettingValue], file: String) throws -> HostConfiguration {
        var reader = ObjectReader(object: object, file: file, prefix: "")
        var configuration = HostConfiguration(source: file)

        let listenText = try reader.requiredString("listen")
        guard let listen = ListenAddress(parsing: listenText) else {
            throw reader.error("listen", "'\(listenText)' is not HOST:PORT (e.g. 127.0.0.1:7420)")
        }
        configuration.listen = listen
        configuration.dataDirectory = try reader.requiredString("dataDirectory")
        if configuration.dataDirectory.isEmpty { throw reader.error("dataDirectory", "must not be empty") }

        guard case .object(let modules)? = reader.take("modules") else {
            throw reader.error("modules", object["modules"] == nil ? "required key is missing" : "expected an object")
        }
        var modulesReader = ObjectReader(object: modules, file: file, prefix: "modules.")
        guard case .array(let enabled)? = modulesReader.take("enabled") else {
            throw modulesReader.error("enabled", "required: an array of module ids, e.g. [\"social-care\"]")
        }
        var seen = Set<String>()
        for (index, entry) in enabled.enumerated() {
            guard case .string(let id) = entry else {
                throw modulesReader.error("enabled[\(index)]", "expected a module id string, found \(entry.typeName)")
            }
            guard seen.insert(id).inserted else {
                throw modulesReader.error("enabled[\(index)]", "module '\(id)' is listed twice")
            }
            configuration.enabledModules.append(id)
        }
        if let settings = modulesReader.take("settings") {
            guard case .object(let perModule) = settings else { throw modulesReader.error("settings", "expected an object") }
            for (id, value) in perModule {
                guard case .object(let moduleObject) = value else {
                    throw modulesReader.error("settings.\(id)", "expected an object of settings")
                }
                configuration.moduleSettings[id] = moduleObject
            }
        }
        try modulesReader.finish()

        if let limitsValue = reader.take("limits") {
            guard case .object(let limits) = limitsValue else { throw reader.error("limits", "expected an object") }
            var limitsReader = ObjectReader(object: limits, file: file, prefix: "limits.")
            var result = HostLimits()
            result.maxFrameBytes = try limitsReader.int("maxFrameBytes", default: result.maxFrameBytes, range: 1024...(256 << 20))
            result.maxMessageBytes = try limitsReader.int("maxMessageBytes", default: result.maxMessageBytes, range: 1024...(256 << 20))
            result.maxCallsPerConnection = try limitsReader.int(
                "maxCallsPerConnection", default: result.maxCallsPerConnection, range: 1...100_000)
            result.maxConnections = try limitsReader.int("maxConnections", default: result.maxConnections, range: 1...1_000_000)
            result.compressionThresholdBytes = try limitsReader.int(
                "compressionThresholdBytes", default: result.compressionThresholdBytes, range: 64...(256 << 20)
            )
            try limitsReader.finish()
            configuration.limits = result
        }
        let grace = try reader.int("shutdownGracePeriodSeconds", default: 10, range: 0...3600)
        configuration.shutdownGracePeriod = .seconds(grace)
        let level = try reader.string("logLevel", default: "info")
        guard let logLevel = Logger.Level(rawValue: level) else {
            throw reader.error("logLevel", "'\(level)' is not one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        configuration.logLevel = logLevel
        configuration.loadDemoData = try reader.bool("demoData", default: false)
        try reader.finish()
        return configuration
    }

    static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = context.underlyingError.map { " (\($0))" } ?? ""
            return context.debugDescription + underlying
        }
        return "\(error)"
    }
}

/// Reads keys from one JSON object, remembering which were read so the rest can be reported unknown.
struct ObjectReader {
    var object: [String: SettingValue]
    let file: String
    let prefix: String

    func error(_ key: String, _ reason: String) -> ConfigError {
        ConfigError(file: file, key: prefix + key, reason: reason)
    }

    mutating func take(_ key: String) -> SettingValue? { object.removeValue(forKey: key) }

    mutating func requiredString(_ key: String) throws -> String {
        guard let value = take(key) else { throw error(key, "required key is missing") }
        guard case .string(let string) = value else { throw error(key, "expected a string, found \(value.typeName)") }
        return string
    }

    mutating func string(_ key: String, default defaultValue: String) throws -> String {
        guard let value = take(key) else { return defaultValue }
        guard case .string(let string) = value else { throw error(key, "expected a string, found \(value.typeName)") }
        return string
    }

    mutating func bool(_ key: String, default defaultValue: Bool) throws -> Bool {
        guard let value = take(key) else { return defaultValue }
        guard case .bool(let bool) = value else { throw error(key, "expected true or false, found \(value.typeName)") }
        return bool
    }

    mutating func int(_ key: String, default defaultValue: Int, range: ClosedRange<Int>) throws -> Int {
        guard let value = take(key) else { return defaultValue }
        guard case .number(let number) = value, let int = Int(exactly: number) else {
            throw error(key, "expected a whole number, found \(value.typeName)")
        }
        guard range.contains(int) else { throw error(key, "\(int) is outside \(range.lowerBound)...\(range.upperBound)") }
        return int
    }

    /// Fails on the first key not read (sorted, so the message is stable).
    func finish() throws {
        if let unknown = object.keys.sorted().first {
            throw error(unknown, "unknown key (see README, \"Configuration\", for every key)")
        }
    }
}

/// Decodes any JSON value into a ``SettingValue`` (JSONDecoder is strict: `1` is never a boolean).
struct JSONSettingValue: Decodable {
    let value: SettingValue

    init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var values: [SettingValue] = []
            while !array.isAtEnd { values.append(try array.decode(JSONSettingValue.self).value) }
            value = .array(values)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyKey.self) {
            var values: [String: SettingValue] = [:]
            for key in object.allKeys { values[key.stringValue] = try object.decode(JSONSettingValue.self, forKey: key).value }
            value = .object(values)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            value = .null
        } else if let bool = try? single.decode(Bool.self) {
            value = .bool(bool)
        } else if let number = try? single.decode(Double.self) {
            value = .number(number)
        } else {
            value = .string(try single.decode(String.self))
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
