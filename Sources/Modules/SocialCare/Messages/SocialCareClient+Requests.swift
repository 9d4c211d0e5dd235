public import CYPHubCore

/// The `SocialCareClient` conveniences: each builds a request from plain arguments.
extension SocialCareClient {
    /// One snapshot (`date` empty: the latest).
    public func snapshot(authority: String, date: String = "") async throws -> Snapshot {
        try await caller.unary(
            SocialCare.Method.GetSnapshot.self, request: GetSnapshotRequest(authority: authority, date: date),
            options: options)
    }

    /// The caseloads on a date (`date` empty: the latest with worker records).
    public func caseloads(
        authority: String,
        date: String = "",
        teamTypes: [TeamType] = [],
        includeWorkers: Bool = false
    ) async throws -> Caseloads {
        try await caller.unary(
            SocialCare.Method.GetCaseloads.self,
            request: GetCaseloadsRequest(
                authority: authority, date: date, teamTypes: teamTypes, includeWorkers: includeWorkers),
            options: options)
    }

    /// The dates held for an authority.
    public func snapshots(authority: String) async throws -> SnapshotList {
        try await caller.unary(
            SocialCare.Method.ListSnapshots.self, request: ListSnapshotsRequest(authority: authority), options: options)
    }

    /// Imports one CSV file.
    public func importCSV(dataset: Dataset, fileName: String, csv: String) async throws -> ImportResult {
        try await caller.unary(
            SocialCare.Method.Import.self, request: ImportRequest(dataset: dataset, fileName: fileName, csv: csv),
            options: options)
    }

    /// Imports a CSV file of any size by streaming it (``SocialCare/Method/ImportStream``) in pieces of `pieceBytes`,
    /// all or nothing. `progress` is told the bytes and lines sent after each piece leaves (the host checks rows as they
    /// arrive, so a refused file ends the call early).
    public func importFile(
        path: String, dataset: Dataset, fileName: String, pieceBytes: Int = FilePieces.defaultPieceBytes,
        progress: FilePieces.Progress? = nil
    ) async throws -> ImportResult {
        try await importStream(
            FilePieces(path: path, pieceBytes: pieceBytes).messages(progress: progress) { bytes, first in
                ImportChunk(dataset: first ? dataset : .unspecified, fileName: first ? fileName : "", data: bytes)
            })
    }
}
