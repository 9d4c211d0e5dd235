public import CYPHubCore

/// A typed client for the social care methods, over any `RPCCaller` (the network client, or an
/// in-process caller in tests).
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
            SocialCareModule.getSnapshot, request: GetSnapshotRequest(authority: authority, date: date),
            response: Snapshot.self, options: options
        )
    }

    /// The caseloads on a date (`date` empty: the latest with worker records).
    public func caseloads(
        authority: String,
        date: String = "",
        teamTypes: [TeamType] = [],
        includeWorkers: Bool = false
    ) async throws -> Caseloads {
        try await caller.unary(
            SocialCareModule.getCaseloads,
            request: GetCaseloadsRequest(
                authority: authority, date: date, teamTypes: teamTypes, includeWorkers: includeWorkers),
            response: Caseloads.self, options: options
        )
    }

    /// The dates held for an authority.
    public func snapshots(authority: String) async throws -> SnapshotList {
        try await caller.unary(
            SocialCareModule.listSnapshots, request: ListSnapshotsRequest(authority: authority),
            response: SnapshotList.self, options: options
        )
    }

    /// Imports one CSV file.
    public func importCSV(dataset: Dataset, fileName: String, csv: String) async throws -> ImportResult {
        try await caller.unary(
            SocialCareModule.importCSV, request: ImportRequest(dataset: dataset, fileName: fileName, csv: csv),
            response: ImportResult.self, options: options
        )
    }
}
