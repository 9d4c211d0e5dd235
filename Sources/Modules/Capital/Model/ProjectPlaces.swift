public import CYPHubCore

/// Proto `cyphub.capital.v1.ProjectPlaces`: the places a project adds.
public struct ProjectPlaces: Codable, Sendable, Equatable {
    /// Places.
    public var places: Int
    /// The sufficiency planning area.
    public var planningArea: String
    /// The phase.
    public var phase: SchoolPhase
    /// The academic year the places open.
    public var openingYear: AcademicYear
    /// The project's gross cost ÷ places, in pounds.
    public var costPerPlacePounds: Double

    /// The wire form of a project's places.
    public init(_ delivery: PlacesDelivery, grossCostPounds: Int) {
        places = delivery.places
        planningArea = delivery.planningArea
        phase = delivery.phase
        openingYear = delivery.openingYear
        costPerPlacePounds = Double(grossCostPounds) / Double(delivery.places)
    }

    /// The places of `project`, or `nil` when it adds none.
    public init?(_ project: CapitalProject?) {
        guard let project, let delivery = project.places else { return nil }
        self.init(delivery, grossCostPounds: project.grossCostPounds)
    }
}
