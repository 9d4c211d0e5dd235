import CYPHubCore

extension VersionSummary {
    /// The summary of a programme version, with its totals in £000.
    public init(_ programme: CapitalProgramme) {
        let info = programme.info
        let position = programme.position
        self.init(
            version: info.version, label: info.label, firstYear: info.firstYear.description,
            lastYear: info.lastYear.description, importedAt: info.importedAt, projects: programme.projects.count,
            total: Thousands.figure(programme.totalPounds), grossCost: Thousands.figure(programme.grossCostPounds),
            funding: Thousands.figure(position.fundingPounds), gap: Thousands.figure(position.gapPounds),
            places: programme.places)
    }
}
