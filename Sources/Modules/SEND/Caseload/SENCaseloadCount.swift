public import CYPHubCore

/// One count of children with an EHCP or on SEN Support at a date, for one age band and one setting
/// type (either may be `all`: a figure not broken down that way). A row with both `all` is the
/// snapshot's total.
public struct SENCaseloadCount: Sendable, Hashable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// EHCPs or SEN Support.
    public var measure: SENCaseloadMeasure
    /// The date the count is taken at (a census day, a month-end snapshot).
    public var asAt: LocalDate
    /// How the council names the period (`Spring 2024`, `2022`); may be empty.
    public var periodLabel: String
    /// The age band, or `all`.
    public var ageBand: SENDAgeBand
    /// The setting type, or `all`.
    public var settingType: SENDSettingType
    /// The count.
    public var count: Int
    /// Where the figure comes from.
    public var source: SENDDataSource
    /// How a derived figure was worked out, or where a published one is printed.
    public var note: String

    /// Creates a count.
    public init(
        authorityCode: String, measure: SENCaseloadMeasure, asAt: LocalDate, periodLabel: String = "",
        ageBand: SENDAgeBand = .all, settingType: SENDSettingType = .all, count: Int, source: SENDDataSource = .published,
        note: String = ""
    ) {
        self.authorityCode = authorityCode
        self.measure = measure
        self.asAt = asAt
        self.periodLabel = periodLabel
        self.ageBand = ageBand
        self.settingType = settingType
        self.count = count
        self.source = source
        self.note = note
    }
}
