import CYPHubCore

/// The social care module's snapshots: for each date with a demand snapshot, the council's table as partners see it
/// (aggregate: the 51 rows of `GetSnapshot`, small numbers withheld); for each date with worker records, one row per
/// worker (records).
struct SocialCareSnapshots: SnapshotSource {
    let handlers: SocialCareHandlers

    /// The aggregate snapshot's columns: a table row's fields, and which of them were withheld.
    static let tableColumns = [
        "label", "unit", "has_value", "value", "published_value", "value_display", "comparison", "earlier_value", "change",
        "published_change", "change_display", "has_percent_change", "percent_change", "published_percent_change",
        "percent_change_display", "note", "suppressed",
    ]

    /// The records snapshot's columns.
    static let workerColumns = ["worker_id", "team_id", "team_type", "cases", "has_families", "families"]

    func availableSnapshots(authority: String) async throws -> [SnapshotName] {
        let dates = try await handlers.storage.read { db in try SocialCareStore.snapshotDates(db, authority: authority) }
        return dates.flatMap { held -> [SnapshotName] in
            var names: [SnapshotName] = []
            if held.hasDemand { names.append(name(authority, held.date, .aggregate)) }
            if held.workerCount > 0 { names.append(name(authority, held.date, .records)) }
            return names
        }
    }

    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent {
        let date = try LocalDate.validated(name.period, field: "period")
        switch name.kind {
        case .aggregate:
            let snapshot = try await handlers.snapshot(GetSnapshotRequest(authority: name.authority, date: date.description))
                .suppressingSmallNumbers()
            return SnapshotContent(columns: Self.tableColumns, rows: Self.tableRows(snapshot))
        case .records:
            let caseloads = try await handlers.caseloads(
                GetCaseloadsRequest(authority: name.authority, date: date.description, includeWorkers: true))
            guard caseloads.date == date.description else {
                throw RPCError.notFound("no worker caseloads for \(name.authority) on \(date)")
            }
            return SnapshotContent(columns: Self.workerColumns, rows: caseloads.workers.map(Self.workerRow))
        }
    }

    /// The records snapshot is read a page at a time by worker id (it may hold any number of workers); the aggregate
    /// table is built whole.
    func snapshotRows(_ name: SnapshotName) async throws -> SnapshotRows {
        guard name.kind == .records else { return try SnapshotRows(sorting: try await snapshotContent(name)) }
        let (date, authority, storage) = (try LocalDate.validated(name.period, field: "period"), name.authority, handlers.storage)
        let held = try await storage.read { db in try SocialCareStore.workers(db, authority: authority, date: date, after: nil, limit: 1) }
        guard !held.isEmpty else { throw RPCError.notFound("no worker caseloads for \(authority) on \(date)") }
        return SnapshotRows(columns: Self.workerColumns) { after, limit in
            try await storage.read { db in
                try SocialCareStore.workers(db, authority: authority, date: date, after: after, limit: limit).map(Self.workerRow)
            }
        }
    }

    private func name(_ authority: String, _ date: String, _ kind: SnapshotKind) -> SnapshotName {
        SnapshotName(module: SocialCareModule.id, authority: authority, period: date, kind: kind)
    }

    /// The table's rows, each keyed by its stable key, with the fields of it withheld named in `suppressed`.
    static func tableRows(_ snapshot: Snapshot) -> [SnapshotDataRow] {
        snapshot.rows.enumerated().map { index, row in
            let prefix = "rows[\(index)]."
            let withheld = snapshot.suppressed.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
            return SnapshotDataRow(
                key: row.key,
                values: [
                    .text(row.label), .text(row.unit.rawValue), .integer(row.hasValue ? 1 : 0), .decimal(row.value),
                    .decimal(row.publishedValue), .text(row.valueDisplay), .text(row.comparison.rawValue), .decimal(row.earlierValue),
                    .decimal(row.change), .decimal(row.publishedChange), .text(row.changeDisplay), .integer(row.hasPercentChange ? 1 : 0),
                    .decimal(row.percentChange), .decimal(row.publishedPercentChange), .text(row.percentChangeDisplay), .text(row.note),
                    .text(withheld.joined(separator: ",")),
                ])
        }
    }

    /// One worker's row, keyed by the worker's id (unique per authority and date).
    static func workerRow(_ worker: WorkerCaseload) -> SnapshotDataRow {
        SnapshotDataRow(
            key: worker.workerId,
            values: [
                .text(worker.workerId), .text(worker.teamId), .text(worker.teamType.rawValue), .integer(Int64(worker.cases)),
                .integer(worker.hasFamilies ? 1 : 0), .integer(Int64(worker.families)),
            ])
    }
}
