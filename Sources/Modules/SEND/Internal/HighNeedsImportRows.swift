import CYPHubCore

/// The rows of the three High Needs datasets as parsed, each keeping its place in the file for issues.
enum HighNeedsImportRows {
    /// A `high_needs_plans` row.
    struct Plan: Sendable {
        var record: CSVRecord
        var authorityCode: String
        var planId: String
        var title: String
        var firstYear: FinancialYear
        var yearCount: Int
        var openingDeficit: Double
        var source: String
        var key: String { "\(authorityCode)|\(planId)" }
    }

    /// A `high_needs_lines` row: an explicit yearly figure, or (with a growth rate) a base-year figure.
    struct Line: Sendable {
        var record: SourceLine
        var authorityCode: String
        var planId: String
        /// A ``HighNeedsLine`` raw value, or `savings`.
        var line: String
        var workstream: String
        var year: FinancialYear
        var amount: Double
        var growthPercent: Double?
        var planKey: String { "\(authorityCode)|\(planId)" }
        var seriesKey: String { "\(planKey)|\(line)|\(workstream)" }
        var seriesName: String { line == "savings" ? "savings workstream '\(workstream)'" : line }
    }

    /// A `high_needs_savings_detail` row.
    struct Detail: Sendable {
        var record: SourceLine
        var authorityCode: String
        var planId: String
        var workstream: String
        var lineName: String
        var year: FinancialYear
        var amount: Double
        var planKey: String { "\(authorityCode)|\(planId)" }
    }

    /// Where a row is in its file, for its issues (a streamed row is read back from staging without its record).
    struct SourceLine: Sendable {
        var fileName: String
        var line: Int

        init(fileName: String, line: Int) {
            self.fileName = fileName
            self.line = line
        }

        init(_ record: CSVRecord) { self.init(fileName: record.fileName, line: record.line) }

        /// An issue about this row and `column`.
        func issue(_ column: String, _ reason: String) -> ImportIssue {
            ImportIssue(file: fileName, line: line, column: column, reason: reason)
        }
    }

    /// The value `line` takes for savings workstreams.
    static let savings = "savings"
    /// Every value the `line` column takes.
    static let lineNames = HighNeedsLine.allCases.map(\.rawValue) + [savings]
}
