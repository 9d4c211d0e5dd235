import CYPHubCore

extension ProjectPlaces {
    /// The places a project delivers, with its gross cost ÷ places in pounds.
    public init(_ delivery: PlacesDelivery, grossCostPounds: Int) {
        self.init(
            places: delivery.places, planningArea: delivery.planningArea, phase: delivery.phase,
            openingYear: delivery.openingYear.description,
            costPerPlacePounds: Double(grossCostPounds) / Double(delivery.places))
    }

    /// The places of `project`, or `nil` when it adds none (or there is no project).
    public init?(_ project: CapitalProject?) {
        guard let project, let delivery = project.places else { return nil }
        self.init(delivery, grossCostPounds: project.grossCostPounds)
    }
}
