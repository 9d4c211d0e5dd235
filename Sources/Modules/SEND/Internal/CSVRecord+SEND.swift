import CYPHubCore

extension CSVRecord {
    /// `published` (the default when the column is empty or absent), `derived` or `synthetic`.
    func dataSource(_ column: String) throws(ImportIssue) -> SENDDataSource {
        if text(column).isEmpty { return .published }
        let value = try choice(column, SENDDataSource.allCases.map(\.rawValue))
        return SENDDataSource(rawValue: value) ?? .published
    }

    /// An amount in £000 as council tables print it: thousands separators in groups of three, an optional `£`,
    /// and a minus sign or brackets for a negative (`(109,176)` is −109,176, as income is printed).
    func money(_ column: String) throws(ImportIssue) -> Double {
        try double(column, as: .amountInThousands)
    }

    /// A financial year, `2024/25`.
    func financialYear(_ column: String) throws(ImportIssue) -> FinancialYear {
        let value = try requiredText(column)
        guard let year = FinancialYear(parsing: value) else {
            throw issue(column, "'\(value)' is not a financial year (use 2024/25)")
        }
        return year
    }

    /// `yes`/`no` (and the other spellings ``bool(_:)`` takes), `false` when empty or absent.
    func optionalBool(_ column: String) throws(ImportIssue) -> Bool {
        text(column).isEmpty ? false : try bool(column)
    }
}

extension CSVNumberFormat {
    /// SEND's amounts in £000: decimals, an exponent, `£` and brackets.
    fileprivate static let amountInThousands = CSVNumberFormat(
        name: "an amount in £000", example: "e.g. -109,176 or (109,176)",
        options: [.decimals, .exponent, .pound, .brackets])
}
