import CYPHubCore
import Foundation

/// The handlers of the ``SocialCare`` methods, apart from the router so that they read as plain functions of a
/// request.
struct SocialCareHandlers: Sendable {
    let storage: Storage
    let thresholds: CaseloadThresholds

    // MARK: GetSnapshot

    func snapshot(_ request: GetSnapshotRequest) async throws -> Snapshot {
        let authority = try AuthorityCode.validated(request.authority, field: "authority")
        let requested = try request.date.isEmpty ? nil : LocalDate.validated(request.date, field: "date")
        let thresholds = self.thresholds
        return try await storage.read { db in
            let dates = try SocialCareStore.demandDates(db, authority: authority)
            let date = try HeldPeriods(dates, what: "demand snapshot", authority: authority, hint: "import demand_snapshot")
                .pick(requested)
            let earlierDate = ComparisonBasis.earlierSnapshot(for: date, among: dates)
            guard let current = try Self.figures(db, authority: authority, date: date, thresholds: thresholds) else {
                throw RPCError.notFound("no demand snapshot for \(authority) on \(date)")
            }
            let earlier = try earlierDate.flatMap {
                try Self.figures(db, authority: authority, date: $0, thresholds: thresholds)
            }
            return Snapshot(
                authority: authority,
                date: date.description,
                demand: current.demand,
                derived: DerivedFigures(current),
                caseloads: current.caseloads,
                supervision: current.supervision,
                comparison: ComparisonBasis(date: date, earlier: earlierDate),
                rows: SnapshotTable.rows(current: current, earlier: earlier, thresholds: thresholds)
            )
        }
    }

    /// Everything one snapshot reports, or `nil` when it has no demand row.
    static func figures(
        _ db: SQLConnection,
        authority: String,
        date: LocalDate,
        thresholds: CaseloadThresholds
    ) throws -> SnapshotFigures? {
        guard let demand = try SocialCareStore.demand(db, authority: authority, date: date) else { return nil }
        let workers = try SocialCareStore.workers(db, authority: authority, date: date)
        return SnapshotFigures(
            demand: demand,
            caseloads: CaseloadAnalysis.compute(records: workers, thresholds: thresholds),
            supervision: try SocialCareStore.supervision(db, authority: authority, date: date)
        )
    }

    // MARK: GetCaseloads

    func caseloads(_ request: GetCaseloadsRequest) async throws -> Caseloads {
        let authority = try AuthorityCode.validated(request.authority, field: "authority")
        let requested = try request.date.isEmpty ? nil : LocalDate.validated(request.date, field: "date")
        let thresholds = self.thresholds
        return try await storage.read { db in
            let dates = try SocialCareStore.workerDates(db, authority: authority)
            let date = try HeldPeriods(dates, what: "worker caseloads", authority: authority, hint: "import worker_caseloads")
                .pick(requested)
            var workers = try SocialCareStore.workers(db, authority: authority, date: date)
            if !request.teamTypes.isEmpty {
                let wanted = Set(request.teamTypes)
                workers.removeAll { !wanted.contains($0.teamType) }
            }
            return Caseloads(
                authority: authority,
                date: date.description,
                summaries: CaseloadAnalysis.compute(records: workers, thresholds: thresholds),
                workers: request.includeWorkers ? workers : []
            )
        }
    }

    // MARK: ListSnapshots

    func list(_ request: ListSnapshotsRequest) async throws -> SnapshotList {
        let authority = try AuthorityCode.validated(request.authority, field: "authority")
        let dates = try await storage.read { db in try SocialCareStore.snapshotDates(db, authority: authority) }
        return SnapshotList(authority: authority, dates: dates)
    }

    // MARK: Import

    func importCSV(_ request: ImportRequest) async throws -> ImportResult {
        try await SocialCareImporter.importCSV(
            dataset: request.dataset, fileName: try SocialCareImporter.validatedFileName(request.fileName), text: request.csv,
            storage: storage
        )
    }

    // MARK: ImportStream

    func importStream(_ pieces: RequestStream<ImportChunk>) async throws -> ImportResult {
        try await SocialCareStreamedImport.run(pieces, storage: storage)
    }
}
