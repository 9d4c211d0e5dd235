/// New EHCPs issued in one calendar year, with the growth on the year before.
public struct NewPlansYear: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// New plans issued.
    public var count: Int
    /// Where the figure comes from.
    public var source: SENDDataSource
    /// How a derived figure was worked out, or where a published one is printed.
    public var note: String
    /// Against the year before, when that year is held.
    public var sincePreviousYear: SENDCountChange
}
