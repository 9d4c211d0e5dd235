import CYPHubCore
import Foundation
import Testing

@testable import CapitalModule

/// Checks every Swift message struct against `Proto/cyphub/capital/v1/capital.proto`: each key the encoder
/// writes must be a field of the message (the wire codec rejects unknown keys), recursively, and each
/// enum value a value of the proto enum.
@Suite("Messages match capital.proto")
struct ProtoConformanceTests {
    /// Message name -> (JSON field name -> type name); enum name -> lower-cased value suffixes.
    private static let schema: (messages: [String: [String: String]], enums: [String: Set<String>]) = {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Proto/cyphub/capital/v1/capital.proto")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        var messages: [String: [String: String]] = [:]
        var enums: [String: Set<String>] = [:]
        var currentMessage: String?
        var currentEnum: (name: String, prefix: String)?
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let words = line.split(separator: " ").map(String.init)
            if line.hasPrefix("message "), words.count > 1 {
                currentMessage = words[1]
                messages[words[1]] = [:]
            } else if line.hasPrefix("enum "), words.count > 1 {
                let prefix = words[1].reduce(into: "") { result, character in
                    if character.isUppercase && !result.isEmpty { result += "_" }
                    result += character.uppercased()
                }
                currentEnum = (words[1], prefix + "_")
                enums[words[1]] = []
            } else if line == "}" {
                currentMessage = nil
                currentEnum = nil
            } else if let message = currentMessage, !line.hasPrefix("//"), line.contains("=") {
                let fieldWords = words.filter { $0 != "repeated" }
                guard fieldWords.count >= 2 else { continue }
                messages[message]?[protoJSONName(fieldWords[1])] = fieldWords[0]
            } else if let current = currentEnum, !line.hasPrefix("//"), line.contains("="), let name = words.first {
                enums[current.name]?.insert(String(name.dropFirst(current.prefix.count)).lowercased())
            }
        }
        return (messages, enums)
    }()

    private func problems(_ fields: ProtoFields, message: String, path: String = "") -> [String] {
        guard let known = Self.schema.messages[message] else { return ["\(path): no message \(message)"] }
        var problems: [String] = []
        for (key, value) in fields {
            guard let type = known[key] else {
                problems.append("\(path)\(message).\(key)")
                continue
            }
            let values: [ProtoValue]
            if case .list(let items) = value { values = items } else { values = [value] }
            for item in values {
                switch item {
                case .message(let nested):
                    problems += self.problems(nested, message: type, path: "\(path)\(message).\(key) > ")
                case .string(let text):
                    if let values = Self.schema.enums[type], !values.contains(text) {
                        problems.append("\(path)\(message).\(key): \(text) is not a \(type)")
                    }
                default: break
                }
            }
        }
        return problems
    }

    private func check<T: Encodable>(_ value: T, as message: String) throws {
        let fields = try ProtoEncoder().encode(value)
        #expect(!fields.values.isEmpty, "\(message) encoded nothing")
        #expect(problems(fields, message: message) == [])
    }

    @Test("The proto file was found and parsed")
    func parsed() {
        #expect(Self.schema.messages["ProjectLine"]?["projectId"] == "string")
        #expect(Self.schema.messages["GetProgrammeResponse"]?["costPerPlaceByPhase"] == "PhaseCostPerPlace")
        #expect(Self.schema.enums["FundingKind"]?.contains("external_contribution") == true)
        #expect(Self.schema.enums["Rephasing"] == ["none", "slipped", "accelerated", "mixed"])
    }

    @Test("Every Swift enum's values are the proto enum's")
    func enums() {
        #expect(Set(SchoolPhase.allCases.map(\.rawValue)).isSubset(of: Self.schema.enums["SchoolPhase"] ?? []))
        #expect(Set(FundingKind.allCases.map(\.rawValue)).isSubset(of: Self.schema.enums["FundingKind"] ?? []))
        #expect(Set(ChangeKind.allCases.map(\.rawValue)).isSubset(of: Self.schema.enums["ChangeKind"] ?? []))
        #expect(Set(Rephasing.allCases.map(\.rawValue)) == Self.schema.enums["Rephasing"])
        #expect(Set(RateBasis.allCases.map(\.rawValue)).isSubset(of: Self.schema.enums["RateBasis"] ?? []))
    }

    @Test("Requests match")
    func requests() throws {
        try check(GetProgrammeRequest(authority: "E10000018", version: "2024-01-23"), as: "GetProgrammeRequest")
        try check(ListVersionsRequest(authority: "E10000018"), as: "ListVersionsRequest")
        try check(CompareVersionsRequest(authority: "E10000018", fromVersion: "a", toVersion: "b"), as: "CompareVersionsRequest")
        try check(
            CalculateS106Request(
                authority: "E10000018", development: "d", dwellings: 1, primaryYield: 1, secondaryYield: 1, specialistYield: 1,
                primaryCostPerPlace: 1, secondaryCostPerPlace: 1, specialistMultiplier: 1),
            as: "CalculateS106Request")
        try check(SmallProgramme.request(), as: "ImportRequest")
    }

    @Test("Responses match, with every nested message filled in")
    func responses() async throws {
        let client = try await CompareVersionsTests.client()
        try check(try await client.programme(authority: "E10000018", version: "2024-01-01"), as: "GetProgrammeResponse")
        try check(try await client.versions(authority: "E10000018"), as: "ListVersionsResponse")
        try check(try await client.compare(authority: "E10000018"), as: "CompareVersionsResponse")
        try check(
            try await client.s106(
                CalculateS106Request(
                    authority: "E10000018", dwellings: 10, primaryYield: 0.2, secondaryYield: 0.1, specialistYield: 0.01,
                    specialistMultiplier: 2)),
            as: "CalculateS106Response")
        try check(try await client.importProgramme(SmallProgramme.request(version: "2025-01-01")), as: "ImportResponse")
    }

    @Test("The check itself catches a key the proto lacks")
    func catchesUnknown() throws {
        struct Wrong: Encodable {
            var authority = "E10000018"
            var versionId = "2024-01-23"
        }
        #expect(problems(try ProtoEncoder().encode(Wrong()), message: "GetProgrammeRequest") == ["GetProgrammeRequest.versionId"])
    }
}
