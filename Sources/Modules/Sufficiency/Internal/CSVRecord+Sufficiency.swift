import CYPHubCore
import CapitalModule

extension CSVRecord {
    /// A phase: `primary`, `secondary` or `specialist` (any case), limited to `allowed`.
    func phase(_ column: String, allowed: [SchoolPhase] = SchoolPhase.phases) throws(ImportIssue) -> SchoolPhase {
        let value = try choice(column, allowed.map(\.rawValue))
        guard let phase = SchoolPhase(rawValue: value) else { throw issue(column, "'\(value)' is not a phase") }
        return phase
    }

    /// A short code (a planning area's): 1-40 characters of letters, digits, `-`, `_`, `.` or `/`.
    func code(_ column: String) throws(ImportIssue) -> String {
        let value = try requiredText(column)
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./".unicodeScalars.contains(scalar))
        }
        guard value.count <= 40, allowed else {
            throw issue(column, "'\(value)' is not a code (1-40 letters, digits, '-', '_', '.', '/')")
        }
        return value
    }

    /// A school's Unique Reference Number: 5 to 8 digits.
    func urn(_ column: String) throws(ImportIssue) -> String {
        let value = try requiredText(column)
        guard (5...8).contains(value.count), value.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw issue(column, "'\(value)' is not a URN (5 to 8 digits, e.g. 120256)")
        }
        return value
    }

    /// A count that must not be negative, with a reason naming what it counts.
    func count(_ column: String, of what: String, maximum: Int = 10_000_000) throws(ImportIssue) -> Int {
        let value = try int(column, range: Int(Int32.min)...Int(Int32.max))
        if value < 0 { throw issue(column, "\(value) is negative; \(what) cannot be below zero") }
        if value > maximum {
            throw issue(column, "\(FigureFormat.number(Double(value))) is more than \(FigureFormat.number(Double(maximum))) \(what)")
        }
        return value
    }

    /// A calendar year, 1900 to 2199.
    func calendarYear(_ column: String) throws(ImportIssue) -> Int {
        let value = try requiredText(column)
        guard value.count == 4, let year = Int(value), (1900...2199).contains(year) else {
            throw issue(column, "'\(value)' is not a calendar year (e.g. 2019)")
        }
        return year
    }
}
