public import CYPHubCore

/// Proto `cyphub.capital.v1.GetProgrammeResponse`: one programme version with every figure computed from
/// its rows. Amounts are £000 (``unit``) unless the name ends in `Pounds`.
public struct GetProgrammeResponse: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// The version shown, with its totals.
    public var version: VersionSummary
    /// `£000`.
    public var unit: String
    /// The programme's financial years, first to last.
    public var years: [FinancialYear]
    /// The projects, in file order.
    public var projects: [ProjectLine]
    /// Totals per category, in order of first appearance.
    public var categories: [CategoryTotal]
    /// Totals per group, in order of first appearance.
    public var groups: [GroupTotal]
    /// Spend by year.
    public var byYear: [YearAmount]
    /// Spend in the programme's years.
    public var total: Double
    /// Gross cost of every project.
    public var grossCost: Double
    /// Spend before the first year.
    public var spentBefore: Double
    /// Funding lines aggregated by source and kind.
    public var funding: [FundingLine]
    /// Funding against spend per year.
    public var balanceByYear: [FundingBalance]
    /// Funding against spend over the whole programme.
    public var balance: FundingBalance
    /// Cost per place by phase.
    public var costPerPlaceByPhase: [PhaseCostPerPlace]
    /// Cost per place by category.
    public var costPerPlaceByCategory: [CategoryCostPerPlace]
    /// Every version held for the authority, newest first.
    public var versions: [VersionSummary]

    /// The figures of `programme`, with the versions held.
    public init(_ programme: CapitalProgramme, versions: [VersionSummary]) {
        let years = programme.years
        authority = programme.authority
        version = VersionSummary(programme)
        unit = CapitalModule.unit
        self.years = years
        projects = programme.projects.map { ProjectLine($0, in: programme) }
        let categorySpend = programme.categories
        categories = categorySpend.map { CategoryTotal($0, years: years) }
        groups = programme.groups.map { GroupTotal($0, years: years) }
        byYear = YearAmount.list(programme.spendByYear, years: years)
        total = Thousands.figure(programme.totalPounds)
        grossCost = Thousands.figure(programme.grossCostPounds)
        spentBefore = Thousands.figure(programme.spentBeforePounds)
        funding = programme.fundingSources.map { FundingLine($0, years: years) }
        balanceByYear = years.map { FundingBalance(period: $0.description, programme.position(in: $0)) }
        balance = FundingBalance(period: programme.periodDescription, programme.position)
        costPerPlaceByPhase = programme.costPerPlaceByPhase.map(PhaseCostPerPlace.init)
        costPerPlaceByCategory = categorySpend.compactMap(CategoryCostPerPlace.init)
        self.versions = versions
    }
}
