public import CYPHubCore

/// The `WorkforceClient` conveniences: each builds a request from plain arguments.
extension WorkforceClient {
    /// The establishment by division and service, with computed totals.
    public func establishment(authority: String, asAt: String = "") async throws -> GetEstablishmentResponse {
        try await caller.unary(
            Workforce.Method.GetEstablishment.self, request: GetEstablishmentRequest(authority: authority, asAt: asAt),
            options: options)
    }

    /// The DfE workforce indicators of a staff return.
    public func summary(authority: String, asAt: String = "") async throws -> GetWorkforceSummaryResponse {
        try await caller.unary(
            Workforce.Method.GetWorkforceSummary.self,
            request: GetWorkforceSummaryRequest(authority: authority, asAt: asAt), options: options)
    }

    /// Agency premium and the annual cost of `agencyFTE` (or of the staff return's agency FTE when `nil`).
    public func agencyCost(authority: String, asAt: String = "", agencyFTE: Double? = nil) async throws
        -> GetAgencyCostResponse
    {
        try await caller.unary(
            Workforce.Method.GetAgencyCost.self,
            request: GetAgencyCostRequest(
                authority: authority, asAt: asAt, hasAgencyFte: agencyFTE != nil, agencyFte: agencyFTE ?? 0),
            options: options)
    }

    /// Imports one CSV file into `dataset`, all or nothing.
    public func importFile(dataset: WorkforceDataset, fileName: String, csv: String) async throws
        -> WorkforceImportResponse
    {
        try await caller.unary(
            Workforce.Method.Import.self,
            request: WorkforceImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv), options: options)
    }

    /// Imports a CSV file of any size by streaming it (``Workforce/Method/ImportStream``) in pieces of `pieceBytes`, all
    /// or nothing. `progress` is told the bytes and lines sent as each piece leaves.
    public func importFile(
        path: String, dataset: WorkforceDataset, fileName: String, pieceBytes: Int = FilePieces.defaultPieceBytes,
        progress: FilePieces.Progress? = nil
    ) async throws -> WorkforceImportResponse {
        try await importStream(
            FilePieces(path: path, pieceBytes: pieceBytes).messages(progress: progress) { bytes, first in
                WorkforceImportChunk(dataset: first ? dataset.rawValue : "", fileName: first ? fileName : "", data: bytes)
            })
    }
}
