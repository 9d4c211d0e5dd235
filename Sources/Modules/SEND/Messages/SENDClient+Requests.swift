public import CYPHubCore

/// The `SENDClient` conveniences: each builds a request from plain arguments.
extension SENDClient {
    /// EHCP and SEN Support snapshots and new plans per year.
    public func ehcpSummary(authority: String) async throws -> EhcpSummary {
        try await caller.unary(SEND.Method.GetEhcpSummary.self, request: GetEhcpSummaryRequest(authority: authority), options: options)
    }

    /// Timeliness over `periodStart...periodEnd` (`YYYY-MM-DD`; both empty: the latest calendar year).
    public func timeliness(authority: String, periodStart: String = "", periodEnd: String = "") async throws -> TimelinessReport {
        try await caller.unary(
            SEND.Method.GetTimeliness.self,
            request: GetTimelinessRequest(authority: authority, periodStart: periodStart, periodEnd: periodEnd), options: options)
    }

    /// The High Needs plans held for an authority.
    public func highNeedsPlans(authority: String) async throws -> HighNeedsPlanList {
        try await caller.unary(
            SEND.Method.ListHighNeedsPlans.self, request: ListHighNeedsPlansRequest(authority: authority), options: options)
    }

    /// The forecast of `planId` (empty: the latest plan).
    public func highNeedsForecast(authority: String, planId: String = "") async throws -> HighNeedsForecast {
        try await caller.unary(
            SEND.Method.GetHighNeedsForecast.self, request: GetHighNeedsForecastRequest(authority: authority, planId: planId),
            options: options)
    }

    /// A scenario beside the base forecast.
    public func highNeedsScenario(_ request: RunHighNeedsScenarioRequest) async throws -> HighNeedsScenarioResult {
        try await caller.unary(SEND.Method.RunHighNeedsScenario.self, request: request, options: options)
    }

    /// Imports one CSV file into one dataset.
    public func importCSV(dataset: String, fileName: String, csv: String) async throws -> SENDImportResult {
        try await caller.unary(
            SEND.Method.Import.self, request: SENDImportRequest(dataset: dataset, fileName: fileName, csv: csv), options: options)
    }

    /// Imports a CSV file of any size by streaming it (``SEND/Method/ImportStream``) in pieces of `pieceBytes`, all or
    /// nothing. `progress` is told the bytes and lines sent as each piece leaves.
    public func importFile(
        path: String, dataset: String, fileName: String, pieceBytes: Int = FilePieces.defaultPieceBytes,
        progress: FilePieces.Progress? = nil
    ) async throws -> SENDImportResult {
        try await importStream(
            FilePieces(path: path, pieceBytes: pieceBytes).messages(progress: progress) { bytes, first in
                SENDImportChunk(dataset: first ? dataset : "", fileName: first ? fileName : "", data: bytes)
            })
    }
}
