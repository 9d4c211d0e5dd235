/// One funding source as the council prints it (rows aggregated by source name and kind), by year.
public struct FundingSourceTotal: Sendable, Hashable {
    /// The source's name.
    public var source: String
    /// Its kind.
    public var kind: FundingKind
    /// Projects its rows name, in order of first appearance; empty when every row is programme-wide.
    public var projectIDs: [String]
    /// Amounts by year, in pounds.
    public var amounts: YearAmounts

    /// Creates a total.
    public init(source: String, kind: FundingKind, projectIDs: [String] = [], amounts: YearAmounts = YearAmounts()) {
        self.source = source
        self.kind = kind
        self.projectIDs = projectIDs
        self.amounts = amounts
    }
}
