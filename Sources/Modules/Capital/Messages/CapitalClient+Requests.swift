public import CYPHubCore

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

    /// Imports a version by streaming its files (``Capital/Method/ImportStream``) in pieces of `pieceBytes`, one file
    /// after another; the host holds them (at most 64 MiB together) and imports them as
    /// ``importProgramme(_:)`` does. `version` gives the version's fields (its `files` are not sent); `progress` is
    /// told the bytes and lines sent, over all the files, as each piece leaves.
    public func importFiles(
        _ files: [(dataset: CapitalDataset, path: String, fileName: String)], version: CapitalImportRequest,
        pieceBytes: Int = FilePieces.defaultPieceBytes, progress: FilePieces.Progress? = nil
    ) async throws -> CapitalImportResponse {
        let named = files.map { (dataset: $0.dataset.rawValue, fileName: $0.fileName) }
        return try await importStream(
            FilePieces.messages(of: files.map { FilePieces(path: $0.path, pieceBytes: pieceBytes) }, progress: progress) {
                bytes, file, first in
                var piece = CapitalImportChunk(data: bytes)
                if first {
                    (piece.dataset, piece.fileName) = named[file]
                }
                if first, file == 0 {
                    (piece.authority, piece.version, piece.label) = (version.authority, version.version, version.label)
                    (piece.firstYear, piece.lastYear, piece.replace) = (version.firstYear, version.lastYear, version.replace)
                }
                return piece
            })
    }
}
