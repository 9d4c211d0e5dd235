public import CYPHubCore

/// A typed client for the indicators methods, over any ``RPCCaller`` (the network, or in-process in tests).
public struct IndicatorsClient: Sendable {
    /// How calls are made.
    public let caller: any RPCCaller

    /// Creates a client.
    public init(caller: any RPCCaller) {
        self.caller = caller
    }

    /// One authority's report; `period` empty for each indicator's latest.
    public func report(
        authority: String, period: String = "", neighbourSetVersion: String = "",
        noTargetRule: NoTargetRuleChoice = .default, options: CallOptions = .defaults
    ) async throws -> IndicatorReportResponse {
        try await caller.unary(
            Indicators.Method.Report.self,
            request: IndicatorReportRequest(
                authority: authority, period: period, neighbourSetVersion: neighbourSetVersion,
                noTargetRule: noTargetRule),
            options: options)
    }

    /// Every indicator definition held.
    public func listIndicators(options: CallOptions = .defaults) async throws -> ListIndicatorsResponse {
        try await caller.unary(Indicators.Method.ListIndicators.self, request: ListIndicatorsRequest(), options: options)
    }

    /// Imports one CSV file into one dataset; returns the rows stored.
    public func importCSV(
        dataset: IndicatorsDataset, fileName: String, csv: String, options: CallOptions = .defaults
    ) async throws -> IndicatorsImportResponse {
        try await caller.unary(
            Indicators.Method.Import.self,
            request: IndicatorsImportRequest(dataset: dataset, fileName: fileName, csv: csv), options: options)
    }
}
