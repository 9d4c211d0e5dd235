import CYPHubCore
import Foundation

/// A minimal reader of `socialcare.proto`: messages with their fields (by JSON name) and enums with
/// their value suffixes, enough to check that what the Swift structs encode is what the schema says.
struct ProtoSchema {
    struct Field {
        var type: String
        var repeated: Bool
    }

    var messages: [String: [String: Field]] = [:]
    var enums: [String: Set<String>] = [:]

    /// The module's proto file, found from this source file's path (`Tests/<target>/Support/`).
    static func load(filePath: String = #filePath) throws -> ProtoSchema {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("Proto/cyphub/socialcare/v1/socialcare.proto")
        return ProtoSchema(text: try String(contentsOf: url, encoding: .utf8))
    }

    init(text: String) {
        var current: (kind: String, name: String)?
        var enumValues: [String] = []
        for rawLine in text.split(separator: "\n") {
            let line =
                rawLine.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "=" || $0 == ";" }).map(String.init)
            if current == nil, words.count >= 2, words[0] == "message" || words[0] == "enum" {
                current = (words[0], words[1])
                enumValues = []
                if words[0] == "message" { messages[words[1]] = [:] }
            } else if line == "}", let open = current {
                if open.kind == "enum" {
                    // Strip the common prefix up to its last underscore: TEAM_TYPE_CIN → cin.
                    let prefix = Self.commonPrefix(enumValues)
                    enums[open.name] = Set(enumValues.map { String($0.dropFirst(prefix.count)).lowercased() })
                }
                current = nil
            } else if let open = current, !words.isEmpty {
                if open.kind == "enum" {
                    enumValues.append(words[0])
                } else {
                    let repeated = words[0] == "repeated"
                    let parts = repeated ? Array(words.dropFirst()) : words
                    guard parts.count >= 2 else { continue }
                    messages[open.name]?[protoJSONName(parts[1])] = Field(type: parts[0], repeated: repeated)
                }
            }
        }
    }

    private static func commonPrefix(_ names: [String]) -> String {
        guard var prefix = names.first else { return "" }
        for name in names.dropFirst() {
            while !name.hasPrefix(prefix) { prefix.removeLast() }
        }
        if let underscore = prefix.lastIndex(of: "_") { return String(prefix[...underscore]) }
        return ""
    }

    /// Every way `fields` differs from message `name`: unknown keys, wrong kinds, unknown enum values.
    func problems(_ fields: ProtoFields, message name: String, path: String = "") -> [String] {
        guard let schema = messages[name] else { return ["\(path): no message \(name) in the proto"] }
        var problems: [String] = []
        for (key, value) in fields {
            let here = path.isEmpty ? "\(name).\(key)" : "\(path).\(key)"
            guard let field = schema[key] else {
                problems.append("\(here): not a field of \(name)")
                continue
            }
            let values: [ProtoValue]
            if field.repeated {
                guard case .list(let list) = value else {
                    problems.append("\(here): repeated field not encoded as a list")
                    continue
                }
                values = list
            } else {
                values = [value]
            }
            for element in values {
                problems += check(element, type: field.type, path: here)
            }
        }
        return problems
    }

    private func check(_ value: ProtoValue, type: String, path: String) -> [String] {
        switch (type, value) {
        case ("int64", .int), ("int32", .int), ("double", .double), ("string", .string), ("bool", .bool),
            ("bytes", .bytes):
            return []
        case (_, .message(let nested)) where messages[type] != nil:
            return problems(nested, message: type, path: path)
        case (_, .string(let name)) where enums[type] != nil:
            return enums[type]?.contains(name) == true ? [] : ["\(path): '\(name)' is not a value of \(type)"]
        default:
            return ["\(path): \(value) does not fit \(type)"]
        }
    }
}
