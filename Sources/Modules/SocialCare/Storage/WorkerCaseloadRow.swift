internal import CYPHubCore

/// One row of `sc_worker_caseloads` as ``SocialCareStore/workers(_:authority:date:)`` reads it: decoded in
/// place, with no dictionary per row (the read serves responses of up to 80,000 workers).
struct WorkerCaseloadRow: SQLRowDecodable {
    /// The columns `init(row:)` reads, for the select list.
    static let columns = "worker_id, team_id, team_type, cases, families"

    /// The record.
    let caseload: WorkerCaseload

    init(row: SQLRowCursor) throws {
        let teamTypeName: String = try row["team_type"]
        guard let teamType = TeamType(rawValue: teamTypeName) else {
            throw StorageError.unexpectedValue(column: "team_type", .text(teamTypeName))
        }
        caseload = WorkerCaseload(
            workerId: try row["worker_id"],
            teamId: try row["team_id"],
            teamType: teamType,
            cases: try row["cases"],
            familyCount: try row["families"]
        )
    }
}
