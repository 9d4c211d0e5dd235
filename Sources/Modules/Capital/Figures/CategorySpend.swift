/// The projects of one category: spend by year, gross cost, and the cost per place of those that add places.
public struct CategorySpend: Sendable, Hashable {
    /// The category.
    public var category: CapitalCategory
    /// Projects in it.
    public var projects: Int
    /// Their gross cost, in pounds.
    public var grossCostPounds: Int
    /// Their spend by year.
    public var spend: YearAmounts
    /// Projects in it that add places.
    public var placesProjects: Int
    /// The places those add.
    public var places: Int
    /// The gross cost of those, in pounds.
    public var placesGrossCostPounds: Int

    /// Creates a total.
    public init(
        category: CapitalCategory,
        projects: Int = 0,
        grossCostPounds: Int = 0,
        spend: YearAmounts = YearAmounts(),
        placesProjects: Int = 0,
        places: Int = 0,
        placesGrossCostPounds: Int = 0
    ) {
        self.category = category
        self.projects = projects
        self.grossCostPounds = grossCostPounds
        self.spend = spend
        self.placesProjects = placesProjects
        self.places = places
        self.placesGrossCostPounds = placesGrossCostPounds
    }

    /// Gross cost ÷ places of the projects that add places, in pounds; `nil` when none do.
    public var costPerPlacePounds: Double? {
        places > 0 ? Double(placesGrossCostPounds) / Double(places) : nil
    }

    /// Adds a project.
    public mutating func add(_ project: CapitalProject) {
        projects += 1
        grossCostPounds += project.grossCostPounds
        spend.add(YearAmounts(project.spendPounds))
        if let delivery = project.places {
            placesProjects += 1
            places += delivery.places
            placesGrossCostPounds += project.grossCostPounds
        }
    }
}
