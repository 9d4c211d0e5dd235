public import CYPHubCore

/// One stored version of an authority's capital programme.
public struct CapitalVersionInfo: Sendable, Hashable {
    /// The version's id: the date the programme was approved or published, `YYYY-MM-DD`.
    public var version: String
    /// The council's name for it (e.g. `MTFS 2024/25-2027/28`).
    public var label: String
    /// The programme's first financial year.
    public var firstYear: FinancialYear
    /// The programme's last financial year.
    public var lastYear: FinancialYear
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
}
