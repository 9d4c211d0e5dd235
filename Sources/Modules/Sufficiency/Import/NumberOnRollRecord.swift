public import CYPHubCore

/// Pupils on roll at one school in one year group at one census.
public struct NumberOnRollRecord: Sendable, Hashable {
    /// The authority's ONS code.
    public var authority: String
    /// The school's URN.
    public var urn: String
    /// The census's academic year (`2023/24` for the January 2024 census).
    public var year: AcademicYear
    /// The year group.
    public var yearGroup: YearGroup
    /// Pupils on roll.
    public var pupils: Int
}
