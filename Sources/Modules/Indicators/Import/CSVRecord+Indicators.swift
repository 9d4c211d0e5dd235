import CYPHubCore

extension CSVRecord {
    /// A reporting period code or label.
    func period(_ column: String) throws(ImportIssue) -> ReportingPeriod {
        let text = try requiredText(column)
        guard let period = ReportingPeriod(parsing: text) else {
            throw issue(column, "'\(text)' is not a period (use \(ReportingPeriod.acceptedForms))")
        }
        return period
    }

    /// An indicator id: 1-64 lower-case letters, digits and `-`.
    func indicatorID(_ column: String) throws(ImportIssue) -> String {
        let text = try requiredText(column)
        let allowed = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        guard allowed, text.count <= 64 else {
            throw issue(column, "'\(text)' is not an indicator id (lower-case letters, digits and -, at most 64)")
        }
        return text
    }

    /// A region code: `E12` followed by 6 digits.
    func regionCode(_ column: String) throws(ImportIssue) -> String {
        let text = try requiredText(column).uppercased()
        guard text.count == 9, text.hasPrefix("E12"), text.dropFirst(3).allSatisfy(\.isASCIIDigit) else {
            throw issue(column, "'\(text)' is not a region code (E12 followed by 6 digits, e.g. E12000004)")
        }
        return text
    }

    /// One of a `String` enum's raw values, named in the issue when the text matches none. Values in
    /// `excluded` (a proto enum's "not set" value) are refused like any other unknown text.
    func choice<T: RawRepresentable & CaseIterable & Equatable>(
        _ column: String, _ type: T.Type, excluding excluded: [T] = []
    ) throws(ImportIssue) -> T where T.RawValue == String {
        let names = T.allCases.filter { !excluded.contains($0) }.map(\.rawValue)
        let text = try choice(column, names)
        guard let value = T(rawValue: text) else { throw issue(column, "'\(text)' is not recognised") }
        return value
    }
}
