import CYPHubCore
import Foundation
import Testing

@testable import IndicatorsModule

/// The in-process caller does not use protobuf-c, so these tests hold the Swift messages against
/// `Proto/cyphub/indicators/v1/indicators.proto` itself: every key a struct encodes must be a field of its
/// message (the wire codec rejects unknown keys), and every Swift enum value must be a proto enum value.
@Suite("Swift messages match indicators.proto")
struct ProtoSchemaTests {
    /// message name -> field JSON name -> type name; enum name -> short value names.
    struct Schema {
        var messages: [String: [String: String]] = [:]
        var enums: [String: Set<String>] = [:]
    }

    static func loadSchema() throws -> Schema {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Proto/cyphub/indicators/v1/indicators.proto")
        let text = try String(contentsOf: url, encoding: .utf8)
        var schema = Schema()
        var current: (kind: String, name: String)?
        var enumValues: [String] = []
        for rawLine in text.split(separator: "\n") {
            let line =
                rawLine.split(separator: "/", maxSplits: 1).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            let words = line.split(separator: " ").map(String.init)
            if words.count >= 2, words[0] == "message" || words[0] == "enum" {
                current = (words[0], words[1])
                enumValues = []
                if words[0] == "message" { schema.messages[words[1]] = [:] }
                if line.hasSuffix("{}") { current = nil }
            } else if line == "}" {
                if let current, current.kind == "enum" {
                    // The wire layer strips the longest common prefix ending in "_".
                    var prefix = enumValues.first ?? ""
                    for value in enumValues { while !value.hasPrefix(prefix) { prefix.removeLast() } }
                    while let last = prefix.last, last != "_" { prefix.removeLast() }
                    schema.enums[current.name] = Set(enumValues.map { String($0.dropFirst(prefix.count)).lowercased() })
                }
                current = nil
            } else if let current, line.contains("=") {
                let fieldWords = words.filter { $0 != "repeated" }
                if current.kind == "enum" {
                    enumValues.append(fieldWords[0])
                } else if fieldWords.count >= 2 {
                    schema.messages[current.name]?[protoJSONName(fieldWords[1])] = fieldWords[0]
                }
            }
        }
        return schema
    }

    /// Checks every key of `fields` (recursively) against message `name`.
    func check(_ fields: ProtoFields, against name: String, in schema: Schema) {
        guard let message = schema.messages[name] else {
            Issue.record("no message \(name) in the proto")
            return
        }
        for (key, value) in fields {
            guard let type = message[key] else {
                Issue.record("\(name) has no field \(key)")
                continue
            }
            let values: [ProtoValue] = if case .list(let items) = value { items } else { [value] }
            for item in values {
                if case .message(let nested) = item { check(nested, against: type, in: schema) }
                if case .string(let text) = item, let allowed = schema.enums[type] {
                    #expect(allowed.contains(text), "\(name).\(key): '\(text)' is not a value of enum \(type)")
                }
            }
        }
    }

    @Test("Every message the module sends or receives encodes only proto fields")
    func messages() async throws {
        let schema = try Self.loadSchema()
        #expect(schema.messages["IndicatorReportLine"]?["neighbourAverageDisplay"] == "string")
        #expect(schema.messages["IndicatorReportLine"]?["england"] == "AreaFigure")
        let host = try await TestHost(demo: true)
        let report = try await host.client.report(authority: "E10000018")
        check(try ProtoEncoder().encode(report), against: "IndicatorReportResponse", in: schema)
        let list = try await host.client.listIndicators()
        check(try ProtoEncoder().encode(list), against: "ListIndicatorsResponse", in: schema)
        check(
            try ProtoEncoder().encode(
                IndicatorReportRequest(
                    authority: "E10000018", period: "x", neighbourSetVersion: "v",
                    noTargetRule: .englandAverage)),
            against: "IndicatorReportRequest", in: schema)
        check(
            try ProtoEncoder().encode(IndicatorsImportRequest(dataset: .neighbours, fileName: "f", csv: "c")),
            against: "IndicatorsImportRequest", in: schema)
        check(
            try ProtoEncoder().encode(IndicatorsImportResponse(dataset: .comparators, fileName: "f", rowsStored: 1)),
            against: "IndicatorsImportResponse", in: schema)
        // The report above has an England figure, a target, and a row with no previous value's fields: make
        // sure the optional sub-messages were exercised.
        #expect(report.lines.contains { $0.england != nil && $0.target == nil })
        #expect(report.lines.contains { $0.target != nil })
    }

    @Test("Every Swift enum value is a value of its proto enum")
    func enums() throws {
        let schema = try Self.loadSchema()
        func check<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ protoName: String) where T.RawValue == String {
            let allowed = schema.enums[protoName] ?? []
            for value in T.allCases {
                #expect(allowed.contains(value.rawValue), "\(T.self).\(value) is not in enum \(protoName)")
            }
        }
        check(ValueType.self, "ValueType")
        check(Polarity.self, "Polarity")
        check(ReportingFrequency.self, "ReportingFrequency")
        check(TargetComparator.self, "TargetComparator")
        check(ToleranceKind.self, "ToleranceKind")
        check(ComparisonBasis.self, "ComparisonBasis")
        check(RAGStatus.self, "RagStatus")
        check(RAGBasis.self, "RagBasis")
        check(Trend.self, "Trend")
        check(NoTargetBasis.self, "NoTargetBasis")
        check(NoTargetRuleChoice.self, "NoTargetRuleChoice")
        check(TrendToleranceScope.self, "TrendToleranceScope")
        check(AreaType.self, "AreaType")
        check(IndicatorsDataset.self, "IndicatorsDataset")
        #expect(schema.enums["Trend"] == ["none", "increase", "no_change", "decrease"])
    }
}
