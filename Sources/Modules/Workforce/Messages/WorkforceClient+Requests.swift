import CYPHubCore

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
}
