import CYPHubCore

/// The `CapitalClient` conveniences: each builds a request from plain arguments.
extension CapitalClient {
    /// One version of a programme (the newest when `version` is empty) with every figure.
    public func programme(authority: String, version: String = "") async throws -> GetProgrammeResponse {
        try await caller.unary(
            Capital.Method.GetProgramme.self, request: GetProgrammeRequest(authority: authority, version: version),
            options: options)
    }

    /// The versions held, newest first.
    public func versions(authority: String) async throws -> ListVersionsResponse {
        try await caller.unary(Capital.Method.ListVersions.self, request: ListVersionsRequest(authority: authority), options: options)
    }

    /// Re-phasing between two versions (both empty: the two newest).
    public func compare(authority: String, from: String = "", to: String = "") async throws -> CompareVersionsResponse {
        try await caller.unary(
            Capital.Method.CompareVersions.self,
            request: CompareVersionsRequest(authority: authority, fromVersion: from, toVersion: to), options: options)
    }

    /// The S106 education contribution of a development.
    public func s106(_ request: CalculateS106Request) async throws -> CalculateS106Response {
        try await caller.unary(Capital.Method.CalculateS106.self, request: request, options: options)
    }

    /// Imports one version of a programme, all or nothing.
    public func importProgramme(_ request: CapitalImportRequest) async throws -> CapitalImportResponse {
        try await caller.unary(Capital.Method.Import.self, request: request, options: options)
    }
}
