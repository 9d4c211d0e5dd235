public import CYPHubCore

/// One funding row of a programme version: an amount of one source in one financial year.
public struct CapitalFunding: Sendable, Hashable {
    /// The source as the council prints it, e.g. `External Contributions / S106`.
    public var source: String
    /// What kind of money it is.
    public var kind: FundingKind
    /// The financial year.
    public var year: FinancialYear
    /// The amount in pounds (negative only for ``FundingKind/reserve``).
    public var amountPounds: Int
    /// The project it funds, or `nil` for programme-wide funding.
    public var projectID: String?

    /// Creates a funding row.
    public init(source: String, kind: FundingKind, year: FinancialYear, amountPounds: Int, projectID: String? = nil) {
        self.source = source
        self.kind = kind
        self.year = year
        self.amountPounds = amountPounds
        self.projectID = projectID
    }
}
