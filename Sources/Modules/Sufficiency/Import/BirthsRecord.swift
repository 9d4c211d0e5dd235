/// Births (or GP registrations) in a primary planning area in a calendar year.
public struct BirthsRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authority: String
    /// The primary planning area.
    public var planningArea: String
    /// The calendar year of birth.
    public var year: Int
    /// Births.
    public var births: Int
    /// Where the figure comes from (ONS live births, GP registrations…).
    public var source: String
}
