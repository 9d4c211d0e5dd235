public import CYPHubCore

extension WorkforceImportResponse: ImportOutcome {
    /// The rows this import stored, which the host counts.
    public var storedRows: [(dataset: String, rows: Int)] { [(dataset, rows)] }

    /// The authorities and dates the file replaced (`periods` reads "E06000016 2024-09-30").
    public var storedPeriods: [(authority: String, period: String)] {
        periods.compactMap { text in
            let parts = text.split(separator: " ")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }
}
