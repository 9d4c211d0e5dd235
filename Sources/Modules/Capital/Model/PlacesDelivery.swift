public import CYPHubCore

/// The school places a capital project delivers: how many, where, for which phase and from when.
public struct PlacesDelivery: Sendable, Hashable {
    /// Places (more than zero).
    public var places: Int
    /// The sufficiency planning area, e.g. `P01`.
    public var planningArea: String
    /// The phase the places are for.
    public var phase: SchoolPhase
    /// The academic year the places open.
    public var openingYear: AcademicYear
}
