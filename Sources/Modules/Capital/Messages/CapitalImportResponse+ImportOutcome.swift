public import CYPHubCore

extension CapitalImportResponse: ImportOutcome {
    /// The rows this import stored, which the host counts.
    public var storedRows: [(dataset: String, rows: Int)] { files.map { ($0.dataset, $0.rows) } }

    /// The programme version the files replaced (the period of the capital snapshots).
    public var storedPeriods: [(authority: String, period: String)] { [(authority, version)] }
}
