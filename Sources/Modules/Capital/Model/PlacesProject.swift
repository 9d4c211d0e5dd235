public import CYPHubCore

/// A capital project that adds school places: how many, where, for which phase and from when.
public struct PlacesProject: Sendable, Hashable {
    /// The project's id within its programme version.
    public var projectID: String
    /// The project's name.
    public var name: String
    /// The project's category id (e.g. `additional_school_places`, `send_programme`).
    public var category: String
    /// Places the project delivers (more than zero).
    public var places: Int
    /// The sufficiency planning area the places are in.
    public var planningArea: String
    /// The phase the places are for.
    public var phase: SchoolPhase
    /// The academic year the places open (they count in that year's capacity).
    public var openingYear: AcademicYear
    /// The project's gross cost, in pounds.
    public var grossCostPounds: Int

    /// Creates a project.
    public init(
        projectID: String, name: String, category: String, places: Int, planningArea: String, phase: SchoolPhase,
        openingYear: AcademicYear, grossCostPounds: Int
    ) {
        self.projectID = projectID
        self.name = name
        self.category = category
        self.places = places
        self.planningArea = planningArea
        self.phase = phase
        self.openingYear = openingYear
        self.grossCostPounds = grossCostPounds
    }

    /// Gross cost ÷ places, in pounds.
    public var costPerPlacePounds: Double { Double(grossCostPounds) / Double(places) }
}
