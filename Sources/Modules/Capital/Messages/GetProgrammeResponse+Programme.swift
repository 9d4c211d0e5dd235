import CYPHubCore

extension GetProgrammeResponse {
    /// Every figure of `programme`, computed from its rows, with the versions held.
    public init(_ programme: CapitalProgramme, versions: [VersionSummary]) {
        let years = programme.years
        let categories = programme.categories
        self.init(
            authority: programme.authority, version: VersionSummary(programme), unit: CapitalModule.unit,
            years: years.map(\.description), projects: programme.projects.map { ProjectLine($0, in: programme) },
            categories: categories.map { CategoryTotal($0, years: years) },
            groups: programme.groups.map { GroupTotal($0, years: years) },
            byYear: YearAmount.list(programme.spendByYear, years: years), total: Thousands.figure(programme.totalPounds),
            grossCost: Thousands.figure(programme.grossCostPounds), spentBefore: Thousands.figure(programme.spentBeforePounds),
            funding: programme.fundingSources.map { FundingLine($0, years: years) },
            balanceByYear: years.map { FundingBalance(period: $0.description, programme.position(in: $0)) },
            balance: FundingBalance(period: programme.periodDescription, programme.position),
            costPerPlaceByPhase: programme.costPerPlaceByPhase.map(PhaseCostPerPlace.init),
            costPerPlaceByCategory: categories.compactMap(CategoryCostPerPlace.init), versions: versions)
    }
}
