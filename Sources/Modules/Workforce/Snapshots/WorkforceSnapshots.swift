import CYPHubCore

/// The workforce module's snapshots: for each establishment date, one row per division and service (headcount and
/// FTE) as partners see them (aggregate), keyed `division/service`. The module's records are counts already, so it
/// publishes no record snapshots.
struct WorkforceSnapshots: SnapshotSource {
    let handlers: WorkforceHandlers

    static let columns = ["division", "service", "headcount", "has_fte", "fte", "suppressed"]

    func availableSnapshots(authority: String) async throws -> [SnapshotName] {
        let dates = try await handlers.storage.read { db in
            try WorkforceStore.dates(in: .establishment, authority: authority, db: db)
        }
        // Newest first in storage; oldest first here.
        return dates.reversed().map { SnapshotName(module: "workforce", authority: authority, period: $0, kind: .aggregate) }
    }

    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent {
        guard name.kind == .aggregate else {
            throw RPCError.notFound("the workforce module publishes no record snapshots: snapshot \(name) does not exist")
        }
        let asAt = try LocalDate.validated(name.period, field: "period").description
        let establishment = try await handlers.establishment(GetEstablishmentRequest(authority: name.authority, asAt: asAt))
            .suppressingSmallNumbers()
        var rows: [SnapshotDataRow] = []
        for (divisionIndex, division) in establishment.divisions.enumerated() {
            for (serviceIndex, service) in division.services.enumerated() {
                let prefix = "divisions[\(divisionIndex)].services[\(serviceIndex)]."
                let withheld = establishment.suppressed.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                rows.append(
                    SnapshotDataRow(
                        key: "\(division.name)/\(service.service)",
                        values: [
                            .text(division.name), .text(service.service), .integer(Int64(service.headcount)),
                            .integer(service.hasFte ? 1 : 0), .decimal(service.fte), .text(withheld.joined(separator: ",")),
                        ]))
            }
        }
        return SnapshotContent(columns: Self.columns, rows: rows)
    }
}
