import CYPHubCore

/// The SEND module's snapshots. Two kinds of period:
///
/// - a calendar year (`2024`): aggregate, one row per figure of the EHCP and SEN Support snapshots dated in the year,
///   the year's new plans and the year's timeliness (1 January to 31 December), as partners see them (`GetEhcpSummary`
///   and `GetTimeliness` after `suppressingSmallNumbers()`), keyed `measure/as_at/group/figure`; records, one row per
///   plan-level record (assessment, annual review, amendment, phase transfer) falling in the year;
/// - a High Needs plan id (`mtfs-2024-28`): aggregate, the plan's forecast (`GetHighNeedsForecast`, money), one row
///   per financial year keyed by the year.
///
/// A period of four digits is a year; anything else names a plan.
struct SENDSnapshots: SnapshotSource {
    let handlers: SENDHandlers

    func availableSnapshots(authority: String) async throws -> [SnapshotName] {
        let store = handlers.store
        let recordYears = Self.recordYears(try await records(authority: authority))
        var aggregateYears = recordYears
        for count in try await store.caseload(authority: authority) { aggregateYears.insert(count.asAt.year) }
        for plans in try await store.newPlans(authority: authority) { aggregateYears.insert(plans.year) }
        var names: [SnapshotName] = []
        for year in aggregateYears.sorted() {
            names.append(name(authority, String(year), .aggregate))
            if recordYears.contains(year) { names.append(name(authority, String(year), .records)) }
        }
        // Latest first in storage; oldest first here.
        for header in try await store.planHeaders(authority: authority).reversed() {
            names.append(name(authority, header.planId, .aggregate))
        }
        return names
    }

    func snapshotContent(_ name: SnapshotName) async throws -> SnapshotContent {
        guard let year = Self.year(name.period) else {
            guard name.kind == .aggregate else {
                throw RPCError.notFound(
                    "a High Needs plan is money and has no records: snapshot \(name) does not exist (records are per calendar year)")
            }
            return Self.forecastContent(
                try await handlers.forecast(GetHighNeedsForecastRequest(authority: name.authority, planId: name.period))
                    .suppressingSmallNumbers())
        }
        switch name.kind {
        case .aggregate: return try await aggregate(authority: name.authority, year: year)
        case .records:
            let rows = Self.recordRows(try await records(authority: name.authority), year: year)
            guard !rows.isEmpty else {
                throw RPCError.notFound("no plan-level SEN records fall in \(year) for \(name.authority)")
            }
            return SnapshotContent(columns: Self.recordColumns, rows: rows)
        }
    }

    /// The year's figures: caseload snapshots dated in it, its new plans and (with records in it) its timeliness.
    private func aggregate(authority: String, year: Int) async throws -> SnapshotContent {
        var rows: [SnapshotDataRow] = []
        let summary: EhcpSummary? = try await optional {
            try await handlers.ehcpSummary(GetEhcpSummaryRequest(authority: authority)).suppressingSmallNumbers()
        }
        if let summary { rows += Self.summaryRows(summary, year: year) }
        if Self.recordYears(try await records(authority: authority)).contains(year) {
            let report = try await handlers.timeliness(
                GetTimelinessRequest(authority: authority, periodStart: "\(year)-01-01", periodEnd: "\(year)-12-31")
            ).suppressingSmallNumbers()
            rows += Self.timelinessRows(report)
        }
        guard !rows.isEmpty else { throw RPCError.notFound("no EHCP, SEN Support or timeliness figures for \(authority) in \(year)") }
        return SnapshotContent(columns: Self.figureColumns, rows: rows)
    }

    /// `body`'s result, or `nil` when it throws `NOT_FOUND`.
    private func optional<T>(_ body: () async throws -> T) async throws -> T? {
        do { return try await body() } catch let error as RPCError where error.code == .notFound { return nil }
    }

    private func records(authority: String) async throws -> PlanRecords {
        let code = try AuthorityCode.validated(authority)
        let store = handlers.store
        return PlanRecords(
            assessments: try await store.assessments(authority: code), reviews: try await store.reviews(authority: code),
            amendments: try await store.amendments(authority: code), transfers: try await store.transfers(authority: code))
    }

    private func name(_ authority: String, _ period: String, _ kind: SnapshotKind) -> SnapshotName {
        SnapshotName(module: "send", authority: authority, period: period, kind: kind)
    }

    /// The calendar year a period of four digits names.
    static func year(_ period: String) -> Int? {
        guard period.utf8.count == 4, period.allSatisfy(\.isASCII), period.allSatisfy(\.isNumber) else { return nil }
        return Int(period)
    }
}

/// An authority's plan-level records.
struct PlanRecords: Sendable {
    var assessments: [EhcpAssessmentRecord]
    var reviews: [AnnualReviewRecord]
    var amendments: [AmendmentRecord]
    var transfers: [PhaseTransferRecord]
}
