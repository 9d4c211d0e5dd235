/// Proto `cyphub.capital.v1.CategoryCostPerPlace`: cost per place of one category's projects that add places.
public struct CategoryCostPerPlace: Codable, Sendable, Equatable {
    /// The category slug.
    public var category: String
    /// Its title.
    public var title: String
    /// Projects of the category that add places.
    public var projects: Int
    /// Their places.
    public var places: Int
    /// Their gross cost, £000.
    public var grossCost: Double
    /// Gross cost ÷ places, in pounds.
    public var costPerPlacePounds: Double

    /// The wire form of a category's figure, or `nil` when none of its projects add places.
    public init?(_ spend: CategorySpend) {
        guard let perPlace = spend.costPerPlacePounds else { return nil }
        category = spend.category.slug
        title = spend.category.title
        projects = spend.placesProjects
        places = spend.places
        grossCost = Thousands.figure(spend.placesGrossCostPounds)
        costPerPlacePounds = perPlace
    }
}
