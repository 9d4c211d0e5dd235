public import CYPHubCore

/// A typed client for the ``SocialCare`` methods, over any `RPCCaller` (the network client, or a test host's
/// in-process client).
public struct SocialCareClient: Sendable {
    /// The caller the methods go through.
    public let caller: any RPCCaller
    /// Options for every call.
    public var options: CallOptions

    /// Creates a client.
    public init(caller: any RPCCaller, options: CallOptions = .defaults) {
        self.caller = caller
        self.options = options
    }

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
}
