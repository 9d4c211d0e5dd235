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

    /// Imports the CSV file at `path` by streaming it (``Indicators/Method/ImportStream``) in pieces of `pieceBytes`;
    /// the host holds it (at most 64 MiB) and imports it as ``importCSV(dataset:fileName:csv:options:)`` does.
    /// `progress` is told the bytes and lines sent as each piece leaves.
    public func importFile(
        path: String, dataset: IndicatorsDataset, fileName: String, pieceBytes: Int = FilePieces.defaultPieceBytes,
        progress: FilePieces.Progress? = nil
    ) async throws -> IndicatorsImportResponse {
        try await importStream(
            FilePieces(path: path, pieceBytes: pieceBytes).messages(progress: progress) { bytes, first in
                IndicatorsImportChunk(dataset: first ? dataset : .unspecified, fileName: first ? fileName : "", data: bytes)
            })
    }
}
