/// Proto `GapYear`.
public struct GapYear: Sendable, Hashable, Codable {
    /// Academic year.
    public var academicYear: String
    /// Places needed before capital projects (pupils − capacity, when positive).
    public var shortfall: Int
    /// Places capital projects open in this year.
    public var plannedOpening: Int
    /// Places capital projects have opened by this year (cumulative).
    public var plannedPlaces: Int
    /// shortfall − planned places, when positive: the gap the programme leaves.
    public var remainingGap: Int
    /// Spare places after the projects (capacity + planned − pupils, when positive).
    public var spareAfter: Int
}
