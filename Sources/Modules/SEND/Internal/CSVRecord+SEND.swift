import CYPHubCore
import Foundation

extension CSVRecord {
    /// `published` (the default when the column is empty or absent), `derived` or `synthetic`.
    func dataSource(_ column: String) throws(ImportIssue) -> SENDDataSource {
        if text(column).isEmpty { return .published }
        let value = try choice(column, SENDDataSource.allCases.map(\.rawValue))
        return SENDDataSource(rawValue: value) ?? .published
    }

    /// An amount in £000: thousands separators allowed, and a figure in brackets is negative, as
    /// council tables print income (`(109,176)` is −109,176).
    func money(_ column: String) throws(ImportIssue) -> Double {
        let value = try requiredText(column)
        var cleaned = value.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "£", with: "")
        var negative = false
        if cleaned.hasPrefix("("), cleaned.hasSuffix(")") {
            negative = true
            cleaned = String(cleaned.dropFirst().dropLast())
        }
        guard let number = Double(cleaned.trimmingCharacters(in: .whitespaces)), number.isFinite else {
            throw issue(column, "'\(value)' is not an amount in £000 (e.g. -109,176 or (109,176))")
        }
        if negative && number < 0 { throw issue(column, "'\(value)' is negative twice (brackets and a minus sign)") }
        return negative ? -number : number
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
