import CYPHubCore

extension CSVRecord {
    /// An amount in £000 (`1,146`, `0.5`, `-30`, `(30)`, `£24,225.125`), held exactly as whole pounds.
    func thousands(_ column: String) throws(ImportIssue) -> Int {
        let amount = try number(column, as: .amountInThousands)
        do throws(CSVNumber.Failure) {
            let pounds = try amount.integer(scaledBy: 3)
            if pounds.magnitude <= Thousands.maximumPounds { return pounds }
        } catch .tooManyDecimals {
            throw issue(column, "'\(text(column))' has more than 3 decimals; amounts are in £000, exact to the pound")
        } catch {}
        throw issue(column, "'\(text(column))' is too large for an amount in £000")
    }

    /// An amount in £000 that may not be negative.
    func nonNegativeThousands(_ column: String) throws(ImportIssue) -> Int {
        let pounds = try thousands(column)
        if pounds < 0 { throw issue(column, "\(text(column)) is negative; only reserve funding may be negative") }
        return pounds
    }

    /// A category slug: lower-case letters, digits and `_`, starting with a letter (`-` is read as `_`).
    func slug(_ column: String) throws(ImportIssue) -> String {
        let value = try requiredText(column)
        let slug = value.lowercased().map { $0 == "-" ? "_" : $0 }
        guard let first = slug.first, first.isLowercaseASCIILetter,
            slug.allSatisfy({ $0.isLowercaseASCIILetter || ("0"..."9").contains($0) || $0 == "_" })
        else {
            throw issue(column, "'\(value)' is not a category slug (letters, digits and _, e.g. additional_school_places)")
        }
        return String(slug)
    }

    /// A month as `Mar-28`, `Mar-2028`, `March 2028`, `2028-03` or `03/2028`, returned as `YYYY-MM`; empty when
    /// the cell is empty.
    func optionalYearMonth(_ column: String) throws(ImportIssue) -> String {
        let value = text(column)
        if value.isEmpty { return "" }
        guard let month = YearMonth.parse(value) else {
            throw issue(column, "'\(value)' is not a month (use Mar-28 or 2028-03)")
        }
        return month
    }
}

extension CSVNumberFormat {
    /// The programme's amounts in £000: decimals, `£` and brackets.
    static let amountInThousands = CSVNumberFormat(
        name: "an amount in £000", example: "e.g. 1,146 or 0.5 or -30", options: [.decimals, .pound, .brackets])
}

extension Character {
    fileprivate var isLowercaseASCIILetter: Bool { ("a"..."z").contains(self) }
}
