extension ProjectLine {
    /// A project of `programme` with its spend in every programme year, in £000.
    public init(_ project: CapitalProject, in programme: CapitalProgramme) {
        self.init(
            projectId: project.projectID, name: project.name, category: project.category.slug,
            categoryTitle: project.category.title, categoryGroup: project.category.group,
            estimatedCompletion: project.estimatedCompletion, grossCost: Thousands.figure(project.grossCostPounds),
            spentBefore: Thousands.figure(project.spentBeforePounds),
            byYear: YearAmount.list(YearAmounts(project.spendPounds), years: programme.years),
            total: Thousands.figure(project.spendTotalPounds), places: ProjectPlaces(project),
            projectFunding: Thousands.figure(programme.projectFundingPounds(project.projectID)), note: project.note)
    }
}
