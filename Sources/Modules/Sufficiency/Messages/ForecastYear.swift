/// Proto `ForecastYear`: one academic year of an area's forecast, or its actual numbers on roll.
public struct ForecastYear: Sendable, Hashable, Codable {
    /// `2024/25`.
    public var academicYear: String
    /// True for a census year held, false for a forecast year.
    public var actual: Bool
    /// Pupils by year group.
    public var yearGroups: [YearGroupPupils]
    /// Pupils from cohort survival alone.
    public var baseline: Double
    /// Pupils from new housing, cumulative.
    public var housing: Double
    /// `baseline + housing`.
    public var total: Double
    /// The sum of the year groups each rounded to whole pupils (half away from zero): the figure compared
    /// with capacity and written to the capacity return.
    public var totalRounded: Int
}
