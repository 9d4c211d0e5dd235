public import CYPHubCore

extension SENDImportResult: ImportOutcome {
    /// The rows this import stored, which the host counts.
    public var storedRows: [(dataset: String, rows: Int)] { [(dataset, rowsStored)] }
}
