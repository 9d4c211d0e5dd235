extension CategoryCostPerPlace {
    /// A category's cost per place, or `nil` when none of its projects add places.
    public init?(_ spend: CategorySpend) {
        guard let perPlace = spend.costPerPlacePounds else { return nil }
        self.init(
            category: spend.category.slug, title: spend.category.title, projects: spend.placesProjects,
            places: spend.places, grossCost: Thousands.figure(spend.placesGrossCostPounds), costPerPlacePounds: perPlace)
    }
}
