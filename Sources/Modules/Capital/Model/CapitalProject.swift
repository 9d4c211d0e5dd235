public import CYPHubCore

/// One project of a programme version, with its spend phased by financial year. Money is in whole pounds.
public struct CapitalProject: Sendable, Hashable {
    /// The project's id within its programme version.
    public var projectID: String
    /// The project's name.
    public var name: String
    /// Its category (slug, title, group).
    public var category: CapitalCategory
    /// The project's gross cost over its whole life, in pounds.
    public var grossCostPounds: Int
    /// What was spent before the programme's first year, in pounds.
    public var spentBeforePounds: Int
    /// Estimated completion `YYYY-MM`, or empty when not given.
    public var estimatedCompletion: String
    /// The places it delivers, or `nil` when it adds none.
    public var places: PlacesDelivery?
    /// A note (synthetic demo projects say so here).
    public var note: String
    /// Spend by financial year, in pounds; a year that is absent has none.
    public var spendPounds: [FinancialYear: Int]

    /// Creates a project.
    public init(
        projectID: String,
        name: String,
        category: CapitalCategory,
        grossCostPounds: Int,
        spentBeforePounds: Int = 0,
        estimatedCompletion: String = "",
        places: PlacesDelivery? = nil,
        note: String = "",
        spendPounds: [FinancialYear: Int]
    ) {
        self.projectID = projectID
        self.name = name
        self.category = category
        self.grossCostPounds = grossCostPounds
        self.spentBeforePounds = spentBeforePounds
        self.estimatedCompletion = estimatedCompletion
        self.places = places
        self.note = note
        self.spendPounds = spendPounds
    }

    /// Spend in `year`, in pounds (0 when none).
    public func spend(in year: FinancialYear) -> Int { spendPounds[year] ?? 0 }

    /// Spend over every year held, in pounds.
    public var spendTotalPounds: Int { spendPounds.values.reduce(0, +) }

    /// The project as the sufficiency module sees it, when it adds places.
    public var placesProject: PlacesProject? {
        guard let places else { return nil }
        return PlacesProject(
            projectID: projectID, name: name, category: category.slug, places: places.places,
            planningArea: places.planningArea, phase: places.phase, openingYear: places.openingYear,
            grossCostPounds: grossCostPounds
        )
    }
}
