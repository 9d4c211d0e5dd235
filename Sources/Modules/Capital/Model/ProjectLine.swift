/// Proto `cyphub.capital.v1.ProjectLine`: one project with its spend in every programme year (£000).
public struct ProjectLine: Codable, Sendable, Equatable {
    /// The project's id.
    public var projectID: String
    /// The project's name.
    public var name: String
    /// The category slug.
    public var category: String
    /// The category's title.
    public var categoryTitle: String
    /// The category's group.
    public var categoryGroup: String
    /// `YYYY-MM`, or empty when not given.
    public var estimatedCompletion: String
    /// Gross cost over the project's life.
    public var grossCost: Double
    /// Spend before the programme's first year.
    public var spentBefore: Double
    /// Every programme year, 0 where there is no spend.
    public var byYear: [YearAmount]
    /// Spend in the programme's years.
    public var total: Double
    /// The places it adds, or `nil` when none.
    public var places: ProjectPlaces?
    /// Funding rows that name this project, all years.
    public var projectFunding: Double
    /// A note.
    public var note: String

    enum CodingKeys: String, CodingKey {
        case projectID = "projectId"
        case name, category, categoryTitle, categoryGroup, estimatedCompletion, grossCost, spentBefore, byYear, total
        case places, projectFunding, note
    }

    /// The wire form of a project of `programme`.
    public init(_ project: CapitalProject, in programme: CapitalProgramme) {
        projectID = project.projectID
        name = project.name
        category = project.category.slug
        categoryTitle = project.category.title
        categoryGroup = project.category.group
        estimatedCompletion = project.estimatedCompletion
        grossCost = Thousands.figure(project.grossCostPounds)
        spentBefore = Thousands.figure(project.spentBeforePounds)
        byYear = YearAmount.list(YearAmounts(project.spendPounds), years: programme.years)
        total = Thousands.figure(project.spendTotalPounds)
        places = ProjectPlaces(project)
        projectFunding = Thousands.figure(programme.projectFundingPounds(project.projectID))
        note = project.note
    }
}
