import CYPHubCore
import SocialCareModule

/// The handlers of the ``Workforce`` methods, over the host's storage.
struct WorkforceHandlers: Sendable {
    let storage: Storage
    /// The caseload thresholds handed to the social care module's caseload analysis.
    var thresholds: CaseloadThresholds = .defaults

    // MARK: GetEstablishment

    func establishment(_ request: GetEstablishmentRequest) async throws -> GetEstablishmentResponse {
        let authority = try AuthorityCode.validated(request.authority)
        let requested = try Self.requestedDate(request.asAt)
        return try await storage.read { db in
            let available = try WorkforceStore.dates(in: .establishment, authority: authority, db: db)
            let asAt = try Self.exactDate(
                requested, in: available, what: "establishment", authority: authority, dataset: .establishment)
            let stored = try WorkforceStore.establishment(authority: authority, asAt: asAt, db: db)
            let establishment = Establishment(lines: stored.lines)
            return GetEstablishmentResponse(
                authority: authority,
                asAt: asAt,
                source: stored.sources.joined(separator: "; "),
                divisions: establishment.divisions.map(DivisionStaffing.init),
                headcount: establishment.headcount,
                fte: FteSum(establishment.fte),
                availableDates: available
            )
        }
    }

    // MARK: GetWorkforceSummary

    func summary(_ request: GetWorkforceSummaryRequest) async throws -> GetWorkforceSummaryResponse {
        let authority = try AuthorityCode.validated(request.authority)
        let requested = try Self.requestedDate(request.asAt)
        let thresholds = self.thresholds
        return try await storage.read { db in
            let available = try WorkforceStore.dates(in: .staffReturn, authority: authority, db: db)
            let asAt = try Self.exactDate(
                requested, in: available, what: "staff return", authority: authority, dataset: .staffReturn)
            let stored = try WorkforceStore.staffReturn(authority: authority, asAt: asAt, db: db)
            let censusDate = try LocalDate.validated(asAt, field: "as_at")
            return GetWorkforceSummaryResponse(
                authority: authority,
                asAt: asAt,
                source: stored.sources.joined(separator: "; "),
                teams: stored.teams.map { TeamFigures(WorkforceIndicators($0)) },
                total: TeamFigures(WorkforceIndicators(returns: stored.teams, label: "All teams")),
                availableDates: available,
                socialCare: try SocialCareRecords.workload(
                    db, authority: authority, censusDate: censusDate, thresholds: thresholds
                )
            )
        }
    }

    // MARK: GetAgencyCost

    func agencyCost(_ request: GetAgencyCostRequest) async throws -> GetAgencyCostResponse {
        let authority = try AuthorityCode.validated(request.authority)
        let requested = try Self.requestedDate(request.asAt)
        if request.hasAgencyFte {
            guard request.agencyFte.isFinite, request.agencyFte >= 0, request.agencyFte <= 100_000 else {
                throw RPCError.invalidArgument("agency_fte: \(request.agencyFte) is not an FTE between 0 and 100,000")
            }
        }
        return try await storage.read { db in
            let payDates = try WorkforceStore.dates(in: .payRate, authority: authority, db: db)
            let payAsAt = try Self.latestDate(
                requested, in: payDates, what: "pay rates", authority: authority, dataset: .payRates)
            guard let pay = try WorkforceStore.payRates(authority: authority, asAt: payAsAt, db: db) else {
                throw RPCError(
                    code: .failedPrecondition,
                    message:
                        "pay rates for \(authority) at \(payAsAt) lack an employed or an agency cost; re-import both"
                )
            }
            let agencyFTE: Double
            let basis: String
            var returnAsAt = ""
            var agencyRate: RateFigure?
            if request.hasAgencyFte {
                agencyFTE = request.agencyFte
                basis = "request"
            } else {
                let returnDates = try WorkforceStore.dates(in: .staffReturn, authority: authority, db: db)
                returnAsAt = try Self.latestDate(
                    requested, in: returnDates, what: "staff return", authority: authority, dataset: .staffReturn
                )
                let stored = try WorkforceStore.staffReturn(authority: authority, asAt: returnAsAt, db: db)
                let indicators = WorkforceIndicators(returns: stored.teams)
                agencyFTE = indicators.totals.agencyFTE
                agencyRate = RateFigure(indicators.agency)
                basis = "staff return"
            }
            return GetAgencyCostResponse(
                authority: authority,
                payAsAt: payAsAt,
                paySource: pay.sources.joined(separator: "; "),
                premium: pay.premium,
                share: pay.premium.annualCost(agencyFTE: agencyFTE),
                agencyFteBasis: basis,
                returnAsAt: returnAsAt,
                agencyRate: agencyRate
            )
        }
    }

    // MARK: Import

    func importFile(_ request: WorkforceImportRequest) async throws -> WorkforceImportResponse {
        let (dataset, fileName) = try ImportDataset.named(request.dataset, fileName: request.fileName, in: WorkforceDataset.self)
        let result: WorkforceStore.WriteResult
        switch dataset {
        case .establishment:
            result = try await store(try WorkforceImporter.establishment(csv: request.csv, fileName: fileName))
        case .staffReturn:
            result = try await store(try WorkforceImporter.staffReturn(csv: request.csv, fileName: fileName))
        case .payRates:
            result = try await store(try WorkforceImporter.payRates(csv: request.csv, fileName: fileName))
        }
        return WorkforceImportResponse(
            dataset: dataset.rawValue, fileName: fileName, rows: result.rows, replaced: result.replaced,
            periods: result.periods
        )
    }

    /// Imports a file of any size sent in pieces (``Workforce/Method/ImportStream``), all or nothing.
    func importStream(_ pieces: RequestStream<WorkforceImportChunk>) async throws -> WorkforceImportResponse {
        try await StreamedImport.run(pieces, storage: storage) { first in
            let (dataset, fileName) = try ImportDataset.named(first.dataset, fileName: first.fileName, in: WorkforceDataset.self)
            return WorkforceStreamedImport.plan(dataset: dataset, fileName: fileName)
        }
    }

    // MARK: Helpers

    /// Stores validated records in one transaction, replacing the periods they cover.
    private func store(_ records: [EstablishmentRecord]) async throws -> WorkforceStore.WriteResult {
        try await storage.write { db in try WorkforceStore.replace(records, in: db) }
    }

    private func store(_ records: [StaffReturnRecord]) async throws -> WorkforceStore.WriteResult {
        try await storage.write { db in try WorkforceStore.replace(records, in: db) }
    }

    private func store(_ records: [PayRateRecord]) async throws -> WorkforceStore.WriteResult {
        try await storage.write { db in try WorkforceStore.replace(records, in: db) }
    }

    /// The request's `as_at`, or `nil` when empty.
    private static func requestedDate(_ text: String) throws -> LocalDate? {
        text.isEmpty ? nil : try LocalDate.validated(text, field: "as_at")
    }

    /// The requested date if held, the newest when none was requested; NOT_FOUND otherwise.
    private static func exactDate(
        _ requested: LocalDate?, in available: [String], what: String, authority: String, dataset: WorkforceDataset
    ) throws -> String {
        try held(available, what, authority, dataset).pick(requested?.description)
    }

    /// The newest date on or before the requested one (the newest of all when none was requested).
    private static func latestDate(
        _ requested: LocalDate?, in available: [String], what: String, authority: String, dataset: WorkforceDataset
    ) throws -> String {
        try held(available, what, authority, dataset).pick(requested?.description, match: .onOrBefore)
    }

    /// `YYYY-MM-DD` dates sort as dates do.
    private static func held(
        _ available: [String], _ what: String, _ authority: String, _ dataset: WorkforceDataset
    ) -> HeldPeriods<String> {
        HeldPeriods(available, what: what, authority: authority, hint: "import one (dataset \(dataset.rawValue))")
    }
}
