package import Configuration
import Foundation

/// A tree of settings (a parsed JSON file, or settings given in code) as a swift-configuration snapshot.
///
/// Unlike swift-configuration's own `JSONSnapshot`, types are strict (`true` is never `1`, `1.5` is never a whole
/// number, `null` is a value of the wrong type, not an absent key) and the tree is kept, so the reader can list
/// what the file holds and report the keys nothing read.
package struct SettingsSnapshot: Sendable {
    /// The settings.
    package let root: [String: SettingValue]
    /// The provider's name, for swift-configuration's diagnostics.
    package let providerName: String

    /// A snapshot of `root`.
    package init(root: [String: SettingValue], providerName: String) {
        self.root = root
        self.providerName = providerName
    }

    /// Why a file could not be read as settings.
    package enum ParseError: Error, Sendable {
        /// Not JSON.
        case notJSON(String)
        /// JSON, but not an object at the top.
        case notAnObject(found: String)
    }

    /// A value of the wrong type for the accessor; the reader words the message from the value it finds.
    struct Mismatch: Error {}

    /// The value at `key`, or nil when there is nothing there.
    package func setting(at key: [String]) -> SettingValue? {
        var node = SettingValue.object(root)
        for component in key {
            guard case .object(let object) = node, let next = object[component] else { return nil }
            node = next
        }
        return node
    }

    static func content(of value: SettingValue, as type: ConfigType) throws -> ConfigContent {
        func int(_ value: SettingValue) throws -> Int {
            guard case .number(let number) = value, let int = Int(exactly: number) else { throw Mismatch() }
            return int
        }
        func double(_ value: SettingValue) throws -> Double {
            guard case .number(let number) = value else { throw Mismatch() }
            return number
        }
        func bool(_ value: SettingValue) throws -> Bool {
            guard case .bool(let bool) = value else { throw Mismatch() }
            return bool
        }
        func string(_ value: SettingValue) throws -> String {
            guard case .string(let string) = value else { throw Mismatch() }
            return string
        }
        func items(_ value: SettingValue) throws -> [SettingValue] {
            guard case .array(let items) = value else { throw Mismatch() }
            return items
        }
        switch type {
        case .string: return .string(try string(value))
        case .int: return .int(try int(value))
        case .double: return .double(try double(value))
        case .bool: return .bool(try bool(value))
        case .stringArray: return .stringArray(try items(value).map(string))
        case .intArray: return .intArray(try items(value).map(int))
        case .doubleArray: return .doubleArray(try items(value).map(double))
        case .boolArray: return .boolArray(try items(value).map(bool))
        case .bytes, .byteChunkArray: throw Mismatch()
        }
    }
}

extension SettingsSnapshot: ConfigSnapshot {
    /// The value at `key` converted to `type`; throws when it is of another type.
    package func value(forKey key: AbsoluteConfigKey, type: ConfigType) throws -> LookupResult {
        let encodedKey = key.components.joined(separator: ".")
        guard let value = setting(at: key.components) else { return LookupResult(encodedKey: encodedKey, value: nil) }
        return LookupResult(encodedKey: encodedKey, value: ConfigValue(try Self.content(of: value, as: type), isSecret: false))
    }
}

extension SettingsSnapshot: FileConfigSnapshot {
    /// No options: the file is JSON.
    package struct ParsingOptions: FileParsingOptions {
        /// The only options.
        package static var `default`: Self { Self() }
    }

    /// Parses a JSON file whose top level is an object.
    package init(data: RawSpan, providerName: String, parsingOptions: ParsingOptions) throws {
        let bytes = data.withUnsafeBytes { Data($0) }
        let value: SettingValue
        do {
            value = try JSONDecoder().decode(JSONSettingValue.self, from: bytes).value
        } catch {
            throw ParseError.notJSON(Self.describe(error))
        }
        guard case .object(let root) = value else { throw ParseError.notAnObject(found: value.typeName) }
        self.init(root: root, providerName: providerName)
    }

    /// The provider and how many top-level keys it holds.
    package var description: String { "\(providerName)[\(root.count) top-level keys]" }

    /// The provider and its top-level keys.
    package var debugDescription: String { "\(providerName)[\(root.keys.sorted().joined(separator: ", "))]" }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = context.underlyingError.map { " (\($0))" } ?? ""
            return context.debugDescription + underlying
        }
        return "\(error)"
    }
}
