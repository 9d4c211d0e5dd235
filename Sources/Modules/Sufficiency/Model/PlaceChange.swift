public import CYPHubCore

/// Places added (or removed, negative) in a planning area from an academic year, outside the capital
/// programme (a bulge class, an academy's own expansion, a reduction in published admission number).
public struct PlaceChange: Sendable, Hashable {
    /// The authority's ONS code.
    public var authority: String
    /// The planning area.
    public var planningArea: String
    /// The academic year the change takes effect (it counts in that year's capacity and after).
    public var year: AcademicYear
    /// What the change is (a URN, a scheme's name); unique within the area and year.
    public var reference: String
    /// Places added (negative: removed).
    public var places: Int
    /// A note.
    public var note: String

    /// Creates a change.
    public init(authority: String, planningArea: String, year: AcademicYear, reference: String, places: Int, note: String = "") {
        self.authority = authority
        self.planningArea = planningArea
        self.year = year
        self.reference = reference
        self.places = places
        self.note = note
    }
}
