public import CYPHubCore

/// The `IndicatorsClient` conveniences: each builds a request from plain arguments.
extension IndicatorsClient {
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
