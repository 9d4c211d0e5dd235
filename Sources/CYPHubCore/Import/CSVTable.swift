/// A parsed CSV file (RFC 4180: quoted fields, doubled quotes, CR LF or LF line ends) with a header row.
///
/// Column names are matched case-insensitively after trimming. Blank lines are skipped.
public struct CSVTable: Sendable {
    /// The file's name as the caller gave it (used in every issue).
    public let fileName: String
    /// The header's column names, trimmed and lower-cased, in file order.
    public let header: [String]
    /// The data records, in file order.
    public let records: [CSVRecord]

    /// Parses `text`. Fails when the header lacks a required column, names an unknown or duplicate
    /// column, or a record has the wrong number of fields or an unterminated quote.
    public static func parse(
        _ text: String,
        fileName: String,
        requiredColumns: [String],
        optionalColumns: [String] = []
    ) throws(ImportError) -> CSVTable {
        let raw = try CSVParser.records(text, fileName: fileName)
        guard let headerRecord = raw.first else {
            throw ImportError(ImportIssue(file: fileName, line: 0, column: "", reason: "the file is empty; expected a header row"))
        }
        let (header, index) = try Self.header(
            headerRecord, fileName: fileName, requiredColumns: requiredColumns, optionalColumns: optionalColumns)
        var issues: [ImportIssue] = []
        var records: [CSVRecord] = []
        for record in raw.dropFirst() {
            if let issue = fieldCountIssue(record, fileName: fileName, expected: header.count) {
                issues.append(issue)
                continue
            }
            records.append(CSVRecord(fileName: fileName, line: record.line, fields: record.fields, index: index))
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
        return CSVTable(fileName: fileName, header: header, records: records)
    }

    /// Checks a header record: every required column present, none unknown or repeated. Returns the column names
    /// (trimmed, lower-cased) and each one's position.
    static func header(
        _ headerRecord: RawRecord, fileName: String, requiredColumns: [String], optionalColumns: [String]
    ) throws(ImportError) -> (names: [String], index: [String: Int]) {
        let header = headerRecord.fields.map { $0.trimmingWhitespace().lowercased() }
        var issues: [ImportIssue] = []
        let known = Set(requiredColumns + optionalColumns)
        var seen = Set<String>()
        for name in header {
            if !known.contains(name) {
                issues.append(
                    ImportIssue(
                        file: fileName, line: headerRecord.line, column: name,
                        reason: "unknown column; expected \((requiredColumns + optionalColumns).joined(separator: ", "))"
                    ))
            }
            if !seen.insert(name).inserted {
                issues.append(ImportIssue(file: fileName, line: headerRecord.line, column: name, reason: "column appears twice"))
            }
        }
        for name in requiredColumns where !seen.contains(name) {
            issues.append(ImportIssue(file: fileName, line: headerRecord.line, column: name, reason: "required column is missing"))
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() { index[name] = position }
        return (header, index)
    }

    /// The issue of a record with the wrong number of fields, if it has.
    static func fieldCountIssue(_ record: RawRecord, fileName: String, expected: Int) -> ImportIssue? {
        guard record.fields.count != expected else { return nil }
        return ImportIssue(
            file: fileName, line: record.line, column: "", reason: "expected \(expected) fields, found \(record.fields.count)")
    }

    /// Converts every record, collecting one issue per failing record; throws them all if any failed.
    /// Use it so that a file with errors stores nothing and the caller sees every bad line at once.
    public func map<T>(_ transform: (CSVRecord) throws(ImportIssue) -> T) throws(ImportError) -> [T] {
        var results: [T] = []
        results.reserveCapacity(records.count)
        var issues: [ImportIssue] = []
        for record in records {
            do {
                results.append(try transform(record))
            } catch {
                issues.append(error)
            }
        }
        if !issues.isEmpty { throw ImportError(issues: issues) }
        return results
    }
}

/// One data record of a ``CSVTable``, with typed accessors that fail naming file, line and column.
public struct CSVRecord: Sendable {
    /// The file's name.
    public let fileName: String
    /// The record's 1-based line in the file.
    public let line: Int
    let fields: [String]
    let index: [String: Int]

    /// An issue about this record and `column`.
    public func issue(_ column: String, _ reason: String) -> ImportIssue {
        ImportIssue(file: fileName, line: line, column: column, reason: reason)
    }

    /// The trimmed text of a column; empty when the column is absent from the file.
    public func text(_ column: String) -> String {
        guard let position = index[column] else { return "" }
        return fields[position].trimmingWhitespace()
    }

    /// Text that must not be empty.
    public func requiredText(_ column: String) throws(ImportIssue) -> String {
        let value = text(column)
        if value.isEmpty { throw issue(column, "a value is required") }
        return value
    }

    /// A date as `YYYY-MM-DD` or `DD/MM/YYYY`.
    public func date(_ column: String) throws(ImportIssue) -> LocalDate {
        let value = try requiredText(column)
        guard let date = LocalDate(parsing: value) else {
            throw issue(column, "'\(value)' is not a date (use YYYY-MM-DD or DD/MM/YYYY)")
        }
        return date
    }

    /// A date, or `nil` when the cell is empty.
    public func optionalDate(_ column: String) throws(ImportIssue) -> LocalDate? {
        text(column).isEmpty ? nil : try date(column)
    }

    /// `true`/`false`, `yes`/`no`, `y`/`n` or `1`/`0`, any case.
    public func bool(_ column: String) throws(ImportIssue) -> Bool {
        let value = try requiredText(column)
        switch value.lowercased() {
        case "true", "yes", "y", "1": return true
        case "false", "no", "n", "0": return false
        default: throw issue(column, "'\(value)' is not yes/no (use true/false, yes/no or 1/0)")
        }
    }

    /// One of `allowed` (matched case-insensitively, returned as listed).
    public func choice(_ column: String, _ allowed: [String]) throws(ImportIssue) -> String {
        let value = try requiredText(column)
        guard let match = allowed.first(where: { $0.lowercased() == value.lowercased() }) else {
            throw issue(column, "'\(value)' is not one of \(allowed.joined(separator: ", "))")
        }
        return match
    }

    /// An English local authority code: `E` followed by 8 digits (e.g. E06000016).
    public func authorityCode(_ column: String) throws(ImportIssue) -> String {
        let value = try requiredText(column).uppercased()
        guard AuthorityCode.isValid(value) else {
            throw issue(column, "'\(value)' is not a local authority code (E followed by 8 digits, e.g. E06000016)")
        }
        guard AuthorityGuard.permits(value) else {
            var denied = issue(column, "the caller may not import for authority \(value)")
            denied.deniesAccess = true
            throw denied
        }
        return value
    }
}

/// English local authority codes (ONS GSS codes, e.g. `E06000016` for Leicester).
public enum AuthorityCode {
    /// `E` followed by 8 digits.
    public static func isValid(_ code: String) -> Bool {
        let utf8 = Array(code.utf8)
        return utf8.count == 9 && utf8[0] == UInt8(ascii: "E") && utf8.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Returns the code upper-cased, or throws `INVALID_ARGUMENT` naming the request field.
    public static func validated(_ code: String, field: String = "authority") throws -> String {
        let upper = code.uppercased()
        guard isValid(upper) else {
            throw RPCError.invalidArgument(
                "\(field): '\(EchoedText.quoted(code))' is not a local authority code (E followed by 8 digits, e.g. E06000016)")
        }
        return upper
    }
}
