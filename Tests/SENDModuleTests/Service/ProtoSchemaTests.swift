import CYPHubCore
import Foundation
import Testing
@testable import SENDModule

/// Checks every Swift message struct against `Proto/cyphub/send/v1/send.proto`: the same field names
/// (protobuf JSON names), compatible types, enum values that exist, and the service's methods. The
/// in-process caller does not go through protobuf-c, so this is what catches a struct and the schema
/// drifting apart before the host's end-to-end tests do.
@Suite struct ProtoSchemaTests {
    /// One field of a proto message.
    struct Field {
        var type: String
        var repeated: Bool
    }

    /// The parsed schema: messages (field JSON name → field), enums (value short names), rpcs.
    struct Schema {
        var messages: [String: [String: Field]] = [:]
        var enums: [String: Set<String>] = [:]
        var rpcs: [String: (request: String, response: String)] = [:]
        var package = ""
        var service = ""
    }

    static func loadSchema() throws -> Schema {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Proto/cyphub/send/v1/send.proto"), encoding: .utf8)
        let code = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line) }
            .joined(separator: "\n")
        var schema = Schema()
        if let match = code.firstMatch(of: /package\s+([\w.]+)\s*;/) { schema.package = String(match.1) }
        for block in code.matches(of: /(message|enum|service)\s+(\w+)\s*\{([^}]*)\}/) {
            let kind = String(block.1)
            let name = String(block.2)
            let body = String(block.3)
            switch kind {
            case "message":
                var fields: [String: Field] = [:]
                for field in body.matches(of: /(repeated\s+)?(\w+)\s+(\w+)\s*=\s*\d+\s*;/) {
                    fields[protoJSONName(String(field.3))] = Field(type: String(field.2), repeated: field.1 != nil)
                }
                schema.messages[name] = fields
            case "enum":
                let values = body.matches(of: /(\w+)\s*=\s*\d+\s*;/).map { String($0.1) }
                let prefix = name.replacing(/([a-z])([A-Z])/) { "\($0.1)_\($0.2)" }.uppercased() + "_"
                schema.enums[name] = Set(values.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)).lowercased() : $0 })
            default:
                schema.service = name
                for rpc in body.matches(of: /rpc\s+(\w+)\s*\(\s*(\w+)\s*\)\s*returns\s*\(\s*(\w+)\s*\)/) {
                    schema.rpcs[String(rpc.1)] = (String(rpc.2), String(rpc.3))
                }
            }
        }
        return schema
    }

    /// Problems found checking `value` against message `message`, recursively.
    static func problems(_ value: Any, message: String, schema: Schema, path: String) -> [String] {
        guard let fields = schema.messages[message] else { return ["\(path): no message \(message) in the proto"] }
        var found: [String] = []
        var seen = Set<String>()
        for child in Mirror(reflecting: value).children {
            guard let name = child.label else { continue }
            seen.insert(name)
            let here = "\(path).\(name)"
            guard let field = fields[name] else {
                found.append("\(here): no field \(name) in message \(message)")
                continue
            }
            let elements: [Any]
            if let array = child.value as? [Any], !(child.value is String) {
                if !field.repeated { found.append("\(here): an array, but the proto field is not repeated") }
                elements = array
            } else {
                if field.repeated { found.append("\(here): the proto field is repeated, the Swift property is not an array") }
                elements = [child.value]
            }
            for element in elements {
                switch field.type {
                case "string": if !(element is String) { found.append("\(here): expected String") }
                case "double": if !(element is Double) { found.append("\(here): expected Double") }
                case "int64", "int32": if !(element is Int) { found.append("\(here): expected Int") }
                case "bool": if !(element is Bool) { found.append("\(here): expected Bool") }
                default:
                    if let values = schema.enums[field.type] {
                        guard let raw = (element as? any RawRepresentable)?.rawValue as? String else {
                            found.append("\(here): expected a String enum for \(field.type)")
                            continue
                        }
                        if !values.contains(raw) { found.append("\(here): '\(raw)' is not a value of \(field.type)") }
                    } else {
                        found += problems(element, message: field.type, schema: schema, path: here)
                    }
                }
            }
        }
        for name in fields.keys where !seen.contains(name) {
            found.append("\(path): proto field \(name) of \(message) has no Swift property")
        }
        return found
    }

    @Test func serviceAndMethods() throws {
        let schema = try Self.loadSchema()
        #expect(schema.package == "cyphub.send.v1")
        #expect("\(schema.package).\(schema.service)" == SENDModule.serviceName)
        let methods: [(MethodDescriptor, String, String)] = [
            (SENDModule.getEhcpSummary, "GetEhcpSummaryRequest", "EhcpSummary"),
            (SENDModule.getTimeliness, "GetTimelinessRequest", "TimelinessReport"),
            (SENDModule.listHighNeedsPlans, "ListHighNeedsPlansRequest", "HighNeedsPlanList"),
            (SENDModule.getHighNeedsForecast, "GetHighNeedsForecastRequest", "HighNeedsForecast"),
            (SENDModule.runHighNeedsScenario, "RunHighNeedsScenarioRequest", "HighNeedsScenarioResult"),
            (SENDModule.importData, "ImportRequest", "ImportResult"),
        ]
        #expect(schema.rpcs.count == methods.count)
        for (method, request, response) in methods {
            let rpc = try #require(schema.rpcs[method.method], "no rpc \(method.method)")
            #expect(rpc.request == request)
            #expect(rpc.response == response)
            #expect(method.protoPackage == "cyphub.send.v1")
        }
        #expect(SENDModule().descriptor.protoPackage == schema.package)
    }

    @Test func everyMessageMatchesItsSwiftStruct() async throws {
        let schema = try Self.loadSchema()
        let host = try await SENDTestHost(demo: true)
        let client = host.client
        let scenarioRequest = RunHighNeedsScenarioRequest(
            authority: "E10000018", planId: "mtfs-2024-28",
            growthOverrides: [GrowthOverrideInput(line: "savings", workstream: "Increase in Local Specialist Places", growthPercent: 5)],
            savingsDeliveryPercent: 80,
            workstreamDelivery: [WorkstreamDeliveryInput(workstream: "TSIL Programme Defined Opportunities", deliveryPercent: 90)]
        )
        var summary = try await client.ehcpSummary(authority: "E10000018")
        summary.newPlans = try await client.ehcpSummary(authority: "E06000016").newPlans
        summary.ehcp[0].consistencyNotes = ["a note"]
        let samples: [(Any, String)] = [
            (GetEhcpSummaryRequest(authority: "E10000018"), "GetEhcpSummaryRequest"),
            (summary, "EhcpSummary"),
            (GetTimelinessRequest(authority: "E10000018", periodStart: "2023-01-01", periodEnd: "2023-12-31"), "GetTimelinessRequest"),
            (try await client.timeliness(authority: "E10000018"), "TimelinessReport"),
            (ListHighNeedsPlansRequest(authority: "E10000018"), "ListHighNeedsPlansRequest"),
            (try await client.highNeedsPlans(authority: "E10000018"), "HighNeedsPlanList"),
            (GetHighNeedsForecastRequest(authority: "E10000018", planId: "mtfs-2024-28"), "GetHighNeedsForecastRequest"),
            (try await client.highNeedsForecast(authority: "E10000018"), "HighNeedsForecast"),
            (scenarioRequest, "RunHighNeedsScenarioRequest"),
            (try await client.highNeedsScenario(scenarioRequest), "HighNeedsScenarioResult"),
            (SENDImportRequest(dataset: "caseload", fileName: "c.csv", csv: "x"), "ImportRequest"),
            (SENDImportResult(dataset: "caseload", fileName: "c.csv", rowsStored: 1), "ImportResult"),
        ]
        for (value, message) in samples {
            let found = Self.problems(value, message: message, schema: schema, path: message)
            #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
        }
        // The checker itself catches a mismatch.
        #expect(
            !Self.problems(SENDImportResult(dataset: "", fileName: "", rowsStored: 0), message: "ImportRequest", schema: schema, path: "x")
                .isEmpty)
    }

    @Test func encodedKeysAreProtoFieldNames() throws {
        // What the codec actually sends: the encoder's keys for a forecast year are the proto JSON names.
        let schema = try Self.loadSchema()
        let forecast = try HighNeedsForecaster.forecast(LeicestershirePlanFixture.plan)
        let fields = try ProtoEncoder().encode(forecast)
        let messageFields = try #require(schema.messages["HighNeedsForecast"])
        for (key, _) in fields { #expect(messageFields[key] != nil, "encoded key \(key)") }
        guard case .list(let years)? = fields["years"], case .message(let year)? = years.first else {
            Issue.record("years not encoded as a list of messages")
            return
        }
        let yearFields = try #require(schema.messages["HighNeedsForecastYear"])
        #expect(Set(year.values.keys) == Set(yearFields.keys))
    }
}
