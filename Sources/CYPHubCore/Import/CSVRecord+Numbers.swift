extension CSVRecord {
    /// The number in `column`, read by ``CSVNumber``'s strict grammar in the forms `format` allows; an issue
    /// naming file, line and column when the cell is empty or is not such a number.
    public func number(_ column: String, as format: CSVNumberFormat) throws(ImportIssue) -> CSVNumber {
        let value = try requiredText(column)
        do throws(CSVNumber.Failure) {
            return try CSVNumber(parsing: value, allowing: format.options)
        } catch {
            throw issue(column, format.refusal(value, error))
        }
    }

    /// A whole number (thousands separators in groups of three allowed) within `range`.
    public func int(_ column: String, range: ClosedRange<Int> = 0...Int(Int32.max)) throws(ImportIssue) -> Int {
        let outside = "is outside \(range.lowerBound)...\(range.upperBound)"
        let parsed = try number(column, as: .wholeNumber)
        let value: Int
        do {
            value = try parsed.integer()
        } catch {
            throw issue(column, "'\(text(column))' \(outside)")  // too large for an Int
        }
        guard range.contains(value) else { throw issue(column, "\(value) \(outside)") }
        return value
    }

    /// A whole number, or `nil` when the cell is empty.
    public func optionalInt(_ column: String, range: ClosedRange<Int> = 0...Int(Int32.max)) throws(ImportIssue) -> Int? {
        text(column).isEmpty ? nil : try int(column, range: range)
    }

    /// A number in one of the forms `format` allows (by default decimals, an exponent and a trailing `%`, which is
    /// ignored), optionally within `range`.
    public func double(
        _ column: String, as format: CSVNumberFormat = .number, range: ClosedRange<Double>? = nil
    ) throws(ImportIssue) -> Double {
        guard let value = try number(column, as: format).double else {
            throw issue(column, format.refusal(text(column), .tooLarge))
        }
        if let range, !range.contains(value) {
            throw issue(column, "\(text(column)) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    /// A number, or `nil` when the cell is empty.
    public func optionalDouble(
        _ column: String, as format: CSVNumberFormat = .number, range: ClosedRange<Double>? = nil
    ) throws(ImportIssue) -> Double? {
        text(column).isEmpty ? nil : try double(column, as: format, range: range)
    }
}
