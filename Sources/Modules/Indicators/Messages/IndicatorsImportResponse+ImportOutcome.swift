public import CYPHubCore

extension IndicatorsImportResponse: ImportOutcome {
    /// The rows this import stored, which the host counts.
    public var storedRows: [(dataset: String, rows: Int)] { [(dataset.rawValue, rowsStored)] }
}
