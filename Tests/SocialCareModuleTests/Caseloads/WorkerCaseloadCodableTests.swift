import CYPHubCore
import Testing

@testable import SocialCareModule

@Suite("WorkerCaseload wire form")
struct WorkerCaseloadCodableTests {
    @Test("families travel with a presence flag")
    func roundTrip() throws {
        let records = [
            WorkerCaseload(workerId: "E1", teamId: "N", teamType: .earlyHelpCluster, cases: 3, families: 0),
            WorkerCaseload(workerId: "C1", teamId: "A", teamType: .cin, cases: 12),
        ]
        for record in records {
            let fields = try ProtoEncoder().encode(record)
            #expect(fields["hasFamilies"] == .bool(record.families != nil))
            let decoded = try ProtoDecoder().decode(WorkerCaseload.self, from: fields)
            #expect(decoded == record)
        }
    }
}
