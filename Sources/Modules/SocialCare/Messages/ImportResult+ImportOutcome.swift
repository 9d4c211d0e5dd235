public import CYPHubCore

extension ImportResult: ImportOutcome {
    /// The rows this import stored, which the host counts.
    public var storedRows: [(dataset: String, rows: Int)] { [(dataset.rawValue, rowsStored)] }

    /// The snapshots (authority and date) the file replaced.
    public var storedPeriods: [(authority: String, period: String)] { snapshots.map { ($0.authority, $0.date) } }
}
