extension CSVRecord {
    /// A financial or academic year written `2024/25` (also `2024-25` or `2024/2025`).
    public func splitYear(_ column: String) throws(ImportIssue) -> SplitYear {
        let value = try requiredText(column)
        guard let year = SplitYear(parsing: value) else {
            throw issue(column, "'\(value)' is not a year like 2024/25")
        }
        return year
    }

    /// A year written `2024/25`, or `nil` when the cell is empty.
    public func optionalSplitYear(_ column: String) throws(ImportIssue) -> SplitYear? {
        text(column).isEmpty ? nil : try splitYear(column)
    }
}
