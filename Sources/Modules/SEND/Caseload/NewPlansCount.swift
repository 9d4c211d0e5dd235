/// The number of new EHCPs issued by an authority in a calendar year.
public struct NewPlansCount: Sendable, Hashable {
    /// The authority's ONS code.
    public var authorityCode: String
    /// The calendar year.
    public var year: Int
    /// New plans issued in the year.
    public var count: Int
    /// Where the figure comes from.
    public var source: SENDDataSource
    /// How a derived figure was worked out, or where a published one is printed.
    public var note: String

    /// Creates a count.
    public init(authorityCode: String, year: Int, count: Int, source: SENDDataSource = .published, note: String = "") {
        self.authorityCode = authorityCode
        self.year = year
        self.count = count
        self.source = source
        self.note = note
    }
}
