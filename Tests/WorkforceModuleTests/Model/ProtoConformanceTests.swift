import CYPHubCore
import Foundation
import SocialCareModule
import Testing

@testable import WorkforceModule

/// Checks every Swift message struct against `Proto/cyphub/workforce/v1/workforce.proto`: each key the
/// encoder writes must be a field of the message (the wire codec rejects unknown keys), recursively.
@Suite("Messages match workforce.proto")
struct ProtoConformanceTests {
    /// Message name -> (JSON field name -> type name, without package).
    private static let schema: [String: [String: String]] = {
        let protoRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Proto/cyphub")
        var messages: [String: [String: String]] = [:]
        for file in ["workforce/v1/workforce.proto", "socialcare/v1/socialcare.proto"] {
            let text = (try? String(contentsOf: protoRoot.appending(path: file), encoding: .utf8)) ?? ""
            var current: String?
            for rawLine in text.split(separator: "\n") {
                let line = rawLine.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("message "), let name = line.split(separator: " ").dropFirst().first {
                    current = String(name)
                    messages[String(name)] = [:]
                } else if line == "}" {
                    current = nil
                } else if let message = current, !line.hasPrefix("//"), line.contains("=") {
                    let words = line.split(separator: " ").filter { $0 != "repeated" }
                    guard words.count >= 2 else { continue }
                    let type = String(words[0].split(separator: ".").last ?? words[0])
                    messages[message]?[protoJSONName(String(words[1]))] = type
                }
            }
        }
        return messages
    }()

    private func unknownKeys(_ fields: ProtoFields, message: String, path: String = "") -> [String] {
        guard let known = Self.schema[message] else { return ["\(path): no message \(message)"] }
        var problems: [String] = []
        for (key, value) in fields {
            guard let type = known[key] else {
                problems.append("\(path)\(message).\(key)")
                continue
            }
            let values: [ProtoValue]
            if case .list(let items) = value { values = items } else { values = [value] }
            for item in values {
                if case .message(let nested) = item {
                    problems += unknownKeys(nested, message: type, path: "\(path)\(message).\(key) > ")
                }
            }
        }
        return problems
    }

    private func check<T: Encodable>(_ value: T, as message: String) throws {
        let fields = try ProtoEncoder().encode(value)
        #expect(!fields.values.isEmpty, "\(message) encoded nothing")
        #expect(unknownKeys(fields, message: message) == [])
    }

    @Test("The proto file was found and parsed")
    func parsed() {
        #expect(Self.schema["GetEstablishmentResponse"]?["availableDates"] == "string")
        #expect(Self.schema["TeamFigures"]?["caseHolderFte"] == "double")
        #expect(Self.schema["SocialCareWorkload"]?["caseloads"] == "CaseloadSummary")
    }

    @Test("Requests match")
    func requests() throws {
        try check(GetEstablishmentRequest(authority: "E06000016", asAt: "2024-10-29"), as: "GetEstablishmentRequest")
        try check(
            GetWorkforceSummaryRequest(authority: "E06000016", asAt: "2024-09-30"), as: "GetWorkforceSummaryRequest")
        try check(
            GetAgencyCostRequest(authority: "E06000016", asAt: "2024-09-30", agencyFTE: 2), as: "GetAgencyCostRequest")
        try check(WorkforceImportRequest(dataset: "pay_rates", fileName: "p.csv", csv: "x"), as: "ImportRequest")
    }

    @Test("Responses match, with every nested message filled in")
    func responses() async throws {
        let establishment = Establishment(lines: [
            EstablishmentLine(division: "A", service: "One", headcount: 3, fte: 2.5)
        ])
        try check(
            GetEstablishmentResponse(
                authority: "E06000016", asAt: "2024-10-29", source: "s",
                divisions: establishment.divisions.map(DivisionStaffing.init), headcount: 3,
                fte: FTESum(establishment.fte), availableDates: ["2024-10-29"]
            ),
            as: "GetEstablishmentResponse"
        )
        let team = TeamFigures(WorkforceIndicators(syntheticReturns[0]))
        let socialCare = SocialCareWorkload(
            snapshotDate: "2024-10-04",
            supervision: [SupervisionCompliance(area: .csc, supervisionsDue: 202, supervisionsInTimescale: 161)],
            caseloads: CaseloadAnalysis.compute(records: [
                WorkerCaseload(workerId: "W1", teamId: "T1", teamType: .cin, cases: 21)
            ])
        )
        try check(
            GetWorkforceSummaryResponse(
                authority: "E06000016", asAt: "2024-09-30", source: "s", teams: [team], total: team,
                availableDates: ["2024-09-30"], socialCare: socialCare
            ),
            as: "GetWorkforceSummaryResponse"
        )
        let premium = AgencyCostPremium(employedMonthly: 3_495, agencyMonthly: 5_440)
        try check(
            GetAgencyCostResponse(
                authority: "E06000016", payAsAt: "2025-01-14", paySource: "s", premium: premium,
                share: premium.annualCost(agencyFTE: 23), agencyFTEBasis: "staff return", returnAsAt: "2024-09-30",
                agencyRate: team.agency
            ),
            as: "GetAgencyCostResponse"
        )
        try check(
            WorkforceImportResponse(dataset: "pay_rates", fileName: "p.csv", rows: 2, replaced: 1, periods: ["x"]),
            as: "ImportResponse"
        )
    }

    @Test("The check itself catches a key the proto lacks")
    func catchesUnknown() throws {
        struct Wrong: Encodable {
            var authority = "E06000016"
            var asOf = "2024-09-30"
        }
        let fields = try ProtoEncoder().encode(Wrong())
        #expect(unknownKeys(fields, message: "GetEstablishmentRequest") == ["GetEstablishmentRequest.asOf"])
    }
}
