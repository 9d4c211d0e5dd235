import CYPHubCore
import Testing

@testable import SocialCareModule

/// The wire layer matches Swift keys to proto fields by JSON name and rejects unknown keys; these
/// tests check every message the module sends or receives against `socialcare.proto` in-process.
@Suite("Proto contract")
struct ProtoContractTests {
    @Test("responses encode only fields of their proto messages, with valid enum values")
    func responses() async throws {
        let schema = try ProtoSchema.load()
        let host = try await TestHost.withDemoData()
        let snapshot = try await host.client.snapshot(authority: "E06000016", date: "2024-10-04")
        let earliest = try await host.client.snapshot(authority: "E06000016", date: "2024-07-05")
        let caseloads = try await host.client.caseloads(authority: "E06000016", includeWorkers: true)
        let list = try await host.client.snapshots(authority: "E06000016")
        let result = try await host.client.importCSV(
            dataset: .supervision, fileName: "s.csv",
            csv: Dataset.supervision.templateHeader + "\nE06000016,2024-11-01,csc,10,9\n"
        )
        let encoder = ProtoEncoder()
        var problems: [String] = []
        problems += schema.problems(try encoder.encode(snapshot), message: "Snapshot")
        problems += schema.problems(try encoder.encode(earliest), message: "Snapshot")
        problems += schema.problems(try encoder.encode(caseloads), message: "Caseloads")
        problems += schema.problems(try encoder.encode(list), message: "SnapshotList")
        problems += schema.problems(try encoder.encode(result), message: "ImportResult")
        #expect(problems == [])
        // The check itself can fail: a key the proto lacks is reported.
        #expect(!schema.problems(ProtoFields(["cpRate": .double(1)]), message: "DerivedFigures").isEmpty)
        #expect(!schema.problems(ProtoFields(["area": .string("adults")]), message: "SupervisionCompliance").isEmpty)
    }

    @Test("requests encode only fields of their proto messages")
    func requests() throws {
        let schema = try ProtoSchema.load()
        let encoder = ProtoEncoder()
        var problems: [String] = []
        problems += schema.problems(
            try encoder.encode(GetSnapshotRequest(authority: "E06000016", date: "2024-10-04")),
            message: "GetSnapshotRequest"
        )
        problems += schema.problems(
            try encoder.encode(
                GetCaseloadsRequest(
                    authority: "E06000016", date: "", teamTypes: TeamType.allCases, includeWorkers: true)
            ),
            message: "GetCaseloadsRequest"
        )
        problems += schema.problems(
            try encoder.encode(ListSnapshotsRequest(authority: "E06000016")), message: "ListSnapshotsRequest")
        for dataset in Dataset.allCases {
            problems += schema.problems(
                try encoder.encode(ImportRequest(dataset: dataset, fileName: "a.csv", csv: "x")),
                message: "ImportRequest"
            )
        }
        #expect(problems == [])
    }

    @Test("every enum case exists in the proto")
    func enums() throws {
        let schema = try ProtoSchema.load()
        #expect(Set(TeamType.allCases.map(\.rawValue)).isSubset(of: schema.enums["TeamType"] ?? []))
        #expect(Set(CaseloadBasis.allCases.map(\.rawValue)).isSubset(of: schema.enums["CaseloadBasis"] ?? []))
        #expect(Set(SupervisionArea.allCases.map(\.rawValue)).isSubset(of: schema.enums["SupervisionArea"] ?? []))
        #expect(Set(Dataset.allCases.map(\.rawValue)).isSubset(of: schema.enums["Dataset"] ?? []))
        #expect(
            schema.enums["ComparisonStatus"] == ["unspecified", "compared", "no_earlier_snapshot", "not_available"])
        #expect(schema.enums["FigureUnit"] == ["unspecified", "count", "rate_per_10000", "percent"])
    }

    @Test("empty repeated fields survive a round trip through the codec")
    func emptyRepeated() throws {
        let empty = Caseloads(authority: "E06000016", date: "2024-10-04", summaries: [], workers: [])
        let fields = try ProtoEncoder().encode(empty)
        #expect(fields["summaries"] == nil)
        #expect(try ProtoDecoder().decode(Caseloads.self, from: fields) == empty)
        let request = GetCaseloadsRequest(authority: "E06000016")
        #expect(
            try ProtoDecoder().decode(GetCaseloadsRequest.self, from: try ProtoEncoder().encode(request)) == request)
    }

    @Test("an absent dataset field decodes as unspecified")
    func datasetDefault() throws {
        let request = try ProtoDecoder().decode(ImportRequest.self, from: ProtoFields(["fileName": .string("a.csv")]))
        #expect(request.dataset == .unspecified)
        let named = try ProtoDecoder().decode(
            ImportRequest.self, from: ProtoFields(["dataset": .enumeration(number: 2, name: "worker_caseloads")])
        )
        #expect(named.dataset == .workerCaseloads)
    }
}
