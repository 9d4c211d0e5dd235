import CYPHubCore

/// The handlers of the module's methods (the proto service ``SEND``): validate the request, read what is stored,
/// compute.
struct SENDHandlers: Sendable {
    let storage: Storage
    var store: SENDStore { SENDStore(storage: storage) }

    func ehcpSummary(_ request: GetEhcpSummaryRequest) async throws -> EhcpSummary {
        let authority = try AuthorityCode.validated(request.authority)
        let counts = try await store.caseload(authority: authority)
        let plans = try await store.newPlans(authority: authority)
        guard !counts.isEmpty || !plans.isEmpty else {
            throw RPCError.notFound("no EHCP or SEN Support figures for \(authority)")
        }
        return EhcpSummaryBuilder.summary(authorityCode: authority, counts: counts, newPlans: plans)
    }

    func timeliness(_ request: GetTimelinessRequest) async throws -> TimelinessReport {
        let authority = try AuthorityCode.validated(request.authority)
        let assessments = try await store.assessments(authority: authority)
        let reviews = try await store.reviews(authority: authority)
        let amendments = try await store.amendments(authority: authority)
        let transfers = try await store.transfers(authority: authority)
        guard !(assessments.isEmpty && reviews.isEmpty && amendments.isEmpty && transfers.isEmpty) else {
            throw RPCError.notFound("no plan-level SEN records (assessments, reviews, amendments, transfers) for \(authority)")
        }
        let start: LocalDate
        let end: LocalDate
        switch (request.periodStart.isEmpty, request.periodEnd.isEmpty) {
        case (true, true):
            let latest =
                assessments.compactMap(\.finalPlanIssued).max()
                ?? (reviews.map(\.reviewDue) + amendments.map(\.deadline) + transfers.map(\.transferDeadline)).max()
            guard let latest, let first = LocalDate(year: latest.year, month: 1, day: 1),
                let last = LocalDate(year: latest.year, month: 12, day: 31)
            else { throw RPCError.notFound("no dated SEN records for \(authority)") }
            start = first
            end = last
        case (false, false):
            start = try LocalDate.validated(request.periodStart, field: "period_start")
            end = try LocalDate.validated(request.periodEnd, field: "period_end")
        case (true, false):
            throw RPCError.invalidArgument("period_start: give both period_start and period_end, or neither")
        case (false, true):
            throw RPCError.invalidArgument("period_end: give both period_start and period_end, or neither")
        }
        return try SENTimelinessCalculator.report(
            authorityCode: authority, start: start, end: end, assessments: assessments, reviews: reviews,
            amendments: amendments, transfers: transfers
        )
    }

    func plans(_ request: ListHighNeedsPlansRequest) async throws -> HighNeedsPlanList {
        let authority = try AuthorityCode.validated(request.authority)
        let headers = try await store.planHeaders(authority: authority)
        let workstreams = try await store.workstreams(authority: authority)
        return HighNeedsPlanList(
            plans: headers.enumerated().map { index, header in
                HighNeedsPlanSummary(
                    authorityCode: header.authorityCode, planId: header.planId, title: header.title,
                    firstYear: header.firstYear.description, yearCount: header.yearCount,
                    openingDeficit: header.openingDeficit, source: header.source,
                    workstreams: workstreams[header.planId] ?? [], isLatest: index == 0
                )
            }
        )
    }

    func forecast(_ request: GetHighNeedsForecastRequest) async throws -> HighNeedsForecast {
        let plan = try await loadPlan(authority: request.authority, planId: request.planId)
        return try HighNeedsForecaster.forecast(plan)
    }

    func scenario(_ request: RunHighNeedsScenarioRequest) async throws -> HighNeedsScenarioResult {
        let plan = try await loadPlan(authority: request.authority, planId: request.planId)
        var overrides: [HighNeedsGrowthOverride] = []
        for (index, input) in request.growthOverrides.enumerated() {
            let field = "growth_overrides[\(index)]"
            if input.line == HighNeedsImportRows.savings {
                guard !input.workstream.isEmpty else {
                    throw RPCError.invalidArgument("\(field).workstream: a savings override names its workstream")
                }
                overrides.append(HighNeedsGrowthOverride(target: .workstream(input.workstream), growthPercent: input.growthPercent))
            } else if let line = HighNeedsLine(rawValue: input.line) {
                overrides.append(HighNeedsGrowthOverride(target: .line(line), growthPercent: input.growthPercent))
            } else {
                throw RPCError.invalidArgument(
                    "\(field).line: '\(input.line)' is not one of \(HighNeedsImportRows.lineNames.joined(separator: ", "))"
                )
            }
        }
        var perWorkstream: [String: Double] = [:]
        for (index, input) in request.workstreamDelivery.enumerated() {
            guard perWorkstream.updateValue(input.deliveryPercent, forKey: input.workstream) == nil else {
                throw RPCError.invalidArgument("workstream_delivery[\(index)]: '\(EchoedText.quoted(input.workstream))' is given twice")
            }
        }
        if !request.hasSavingsDeliveryPercent && request.savingsDeliveryPercent != 0 {
            throw RPCError.invalidArgument(
                "savings_delivery_percent: \(request.savingsDeliveryPercent) is given without has_savings_delivery_percent"
            )
        }
        let assumptions = HighNeedsScenarioAssumptions(
            growthOverrides: overrides,
            savingsDeliveryPercent: request.savingsDelivery ?? 100,
            workstreamDeliveryPercent: perWorkstream
        )
        return try HighNeedsScenario.run(plan, assumptions: assumptions)
    }

    func importCSV(_ request: SENDImportRequest) async throws -> SENDImportResult {
        let (dataset, fileName) = try ImportDataset.named(request.dataset, fileName: request.fileName, in: SENDDataset.self)
        let stored = try await SENDImporter(storage: storage).importCSV(dataset, fileName: fileName, text: request.csv)
        return SENDImportResult(dataset: dataset.rawValue, fileName: fileName, rowsStored: stored)
    }

    /// Imports a file of any size sent in pieces (``SEND/Method/ImportStream``), all or nothing.
    func importStream(_ pieces: RequestStream<SENDImportChunk>) async throws -> SENDImportResult {
        try await StreamedImport.run(pieces, storage: storage) { first in
            let (dataset, fileName) = try ImportDataset.named(first.dataset, fileName: first.fileName, in: SENDDataset.self)
            return SENDImporter.streamPlan(dataset: dataset, fileName: fileName)
        }
    }

    private func loadPlan(authority rawAuthority: String, planId: String) async throws -> HighNeedsPlan {
        let authority = try AuthorityCode.validated(rawAuthority)
        let headers = try await store.planHeaders(authority: authority)
        guard let latest = headers.first else {
            throw RPCError.notFound("no High Needs plans for \(authority)")
        }
        if planId.isEmpty { return try await store.plan(latest) }
        guard let header = headers.first(where: { $0.planId == planId }) else {
            throw RPCError.notFound(
                "plan_id: no High Needs plan '\(planId)' for \(authority) (held: \(headers.map(\.planId).joined(separator: ", ")))"
            )
        }
        return try await store.plan(header)
    }
}
