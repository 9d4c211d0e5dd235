import CYPHubCore

extension CSVRecord {
    /// The largest FTE a single row may hold: far above any council's children's workforce.
    static let maximumFTE = 100_000.0

    /// A full-time equivalent: a non-negative number (decimals allowed, no `%`).
    func fte(_ column: String) throws(ImportIssue) -> Double {
        if text(column).contains("%") {
            throw issue(column, "'\(text(column))' is a percentage; give the FTE as a number, e.g. 12.5")
        }
        return try double(column, range: 0...Self.maximumFTE)
    }

    /// A full-time equivalent, or `nil` when the cell is empty.
    func optionalFTE(_ column: String) throws(ImportIssue) -> Double? {
        text(column).isEmpty ? nil : try fte(column)
    }

    /// An amount in pounds greater than zero; a leading `£` and thousands separators in groups of three are allowed.
    func pounds(_ column: String) throws(ImportIssue) -> Double {
        let amount = try double(column, as: .pounds)
        guard amount > 0 else {
            throw issue(column, "\(text(column)) is not more than zero")
        }
        return amount
    }

    /// A required name that must not be a total row: totals are computed, never imported.
    func name(_ column: String) throws(ImportIssue) -> String {
        let value = try requiredText(column)
        let lowered = value.lowercased()
        if lowered == "total" || lowered.hasPrefix("total ") || lowered == "grand total" || lowered == "all teams" {
            throw issue(
                column, "'\(value)' looks like a total row; totals are computed from the other rows, so leave it out")
        }
        return value
    }

    /// The `source` column, or a note naming the file when it is empty or absent.
    var source: String {
        let value = text("source")
        return value.isEmpty ? "imported from \(fileName)" : value
    }
}

extension CSVNumberFormat {
    /// A pay rate in pounds: decimals, an exponent and a leading `£`.
    fileprivate static let pounds = CSVNumberFormat(
        name: "an amount in pounds", example: "e.g. 3495 or £3,495.00", options: [.decimals, .exponent, .pound])
}
