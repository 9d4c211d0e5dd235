public import CYPHubCore

/// Proto `cyphub.capital.v1.FundingLine`: one funding source by year (£000).
public struct FundingLine: Codable, Sendable, Equatable {
    /// The source as the council prints it.
    public var source: String
    /// Its kind.
    public var kind: FundingKind
    /// Every programme year.
    public var byYear: [YearAmount]
    /// All years.
    public var total: Double
    /// Projects its rows name; empty when programme-wide.
    public var projectIDs: [String]

    enum CodingKeys: String, CodingKey {
        case source, kind, byYear, total
        case projectIDs = "projectIds"
    }

    /// The wire form of a source's total over `years`.
    public init(_ source: FundingSourceTotal, years: [FinancialYear]) {
        self.source = source.source
        kind = source.kind
        byYear = YearAmount.list(source.amounts, years: years)
        total = Thousands.figure(source.amounts.totalPounds)
        projectIDs = source.projectIDs
    }
}
