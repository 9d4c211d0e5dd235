import CYPHubCore

/// Finds records of one file that repeat a key an earlier record used, naming both lines.
struct DuplicateKeys<Key: Hashable> {
    private var firstLine: [Key: Int] = [:]
    private(set) var issues: [ImportIssue] = []

    /// Records `key` for `record`; notes an issue on `column` when an earlier record had the same key.
    mutating func check(_ key: Key, record: CSVRecord, column: String, describing description: String) {
        if let line = firstLine[key] {
            issues.append(record.issue(column, "\(description) appears twice (first on line \(line))"))
        } else {
            firstLine[key] = record.line
        }
    }

    /// Throws every issue found, if any.
    func throwIfAny() throws(ImportError) {
        if !issues.isEmpty { throw ImportError(issues: issues) }
    }
}
