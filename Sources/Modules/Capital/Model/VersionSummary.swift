public import CYPHubCore

/// Proto `cyphub.capital.v1.VersionSummary`: one version of a programme with its totals (£000).
public struct VersionSummary: Codable, Sendable, Equatable {
    /// `YYYY-MM-DD`: the date the programme was approved or published.
    public var version: String
    /// The council's name for it.
    public var label: String
    /// The programme's first financial year.
    public var firstYear: FinancialYear
    /// The programme's last financial year.
    public var lastYear: FinancialYear
    /// When it was imported (ISO 8601, UTC).
    public var importedAt: String
    /// Projects in it.
    public var projects: Int
    /// Spend in the programme's years.
    public var total: Double
    /// Gross cost of its projects, including spend before the first year.
    public var grossCost: Double
    /// Funding in the programme's years.
    public var funding: Double
    /// total − funding (positive = unfunded).
    public var gap: Double
    /// Places its projects add.
    public var places: Int

    /// The summary of a programme version.
    public init(_ programme: CapitalProgramme) {
        let info = programme.info
        let position = programme.position
        version = info.version
        label = info.label
        firstYear = info.firstYear
        lastYear = info.lastYear
        importedAt = info.importedAt
        projects = programme.projects.count
        total = Thousands.figure(programme.totalPounds)
        grossCost = Thousands.figure(programme.grossCostPounds)
        funding = Thousands.figure(position.fundingPounds)
        gap = Thousands.figure(position.gapPounds)
        places = programme.places
    }
}
