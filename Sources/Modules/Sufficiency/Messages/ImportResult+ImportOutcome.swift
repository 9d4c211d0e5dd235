public import CYPHubCore

extension ImportResult: ImportOutcome {
    /// The rows this import stored, which the host counts.
    public var storedRows: [(dataset: String, rows: Int)] { [(dataset, rows)] }
}
