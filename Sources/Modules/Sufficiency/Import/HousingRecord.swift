public import CYPHubCore

/// Dwellings completed (or expected) in a planning area in an academic year.
public struct HousingRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authority: String
    /// The planning area.
    public var planningArea: String
    /// The academic year of completion.
    public var year: AcademicYear
    /// The site's name (empty for an area-wide figure).
    public var site: String
    /// Dwellings.
    public var dwellings: Int
}
