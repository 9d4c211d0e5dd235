/// Proto `cyphub.capital.v1.ProjectChange`: one project in two versions (£000).
public struct ProjectChange: Codable, Sendable, Equatable {
    /// The project's id.
    public var projectID: String
    /// Its name (from the later version when it is in it).
    public var name: String
    /// Its category slug.
    public var category: String
    /// Added, dropped, rephased, cost changed or unchanged.
    public var kind: ChangeKind
    /// For rephased projects: which way the spend moved.
    public var rephasing: Rephasing
    /// Every year of either version.
    public var byYear: [YearChange]
    /// Spend in the programme years before.
    public var totalBefore: Double
    /// Spend in the programme years after.
    public var totalAfter: Double
    /// totalAfter − totalBefore.
    public var totalChange: Double
    /// Gross cost before (0 when added).
    public var grossCostBefore: Double
    /// Gross cost after (0 when dropped).
    public var grossCostAfter: Double
    /// grossCostAfter − grossCostBefore.
    public var grossCostChange: Double
    /// Places before, or `nil`.
    public var placesBefore: ProjectPlaces?
    /// Places after, or `nil`.
    public var placesAfter: ProjectPlaces?
    /// Places, phase or planning area differ.
    public var placesChanged: Bool
    /// Both versions add places and open them in different years.
    public var openingYearChanged: Bool
    /// Years later (positive) or earlier (negative) the places open.
    public var openingYearShift: Int

    enum CodingKeys: String, CodingKey {
        case projectID = "projectId"
        case name, category, kind, rephasing, byYear, totalBefore, totalAfter, totalChange, grossCostBefore
        case grossCostAfter, grossCostChange, placesBefore, placesAfter, placesChanged, openingYearChanged
        case openingYearShift
    }

    /// The wire form of a comparison.
    public init(_ comparison: ProjectComparison) {
        let before = comparison.before
        let after = comparison.after
        let project = after ?? before
        projectID = comparison.projectID
        name = project?.name ?? ""
        category = project?.category.slug ?? ""
        kind = comparison.kind
        rephasing = comparison.rephasing
        byYear = comparison.years.map { year in
            YearChange(year: year, beforePounds: comparison.before(in: year), afterPounds: comparison.after(in: year))
        }
        let totalBeforePounds = before?.spendTotalPounds ?? 0
        let totalAfterPounds = after?.spendTotalPounds ?? 0
        totalBefore = Thousands.figure(totalBeforePounds)
        totalAfter = Thousands.figure(totalAfterPounds)
        totalChange = Thousands.figure(totalAfterPounds - totalBeforePounds)
        let grossBeforePounds = before?.grossCostPounds ?? 0
        let grossAfterPounds = after?.grossCostPounds ?? 0
        grossCostBefore = Thousands.figure(grossBeforePounds)
        grossCostAfter = Thousands.figure(grossAfterPounds)
        grossCostChange = Thousands.figure(grossAfterPounds - grossBeforePounds)
        placesBefore = ProjectPlaces(before)
        placesAfter = ProjectPlaces(after)
        placesChanged = before != nil && after != nil && comparison.placesChanged
        let shift = comparison.openingYearShift ?? 0
        openingYearChanged = shift != 0
        openingYearShift = shift
    }
}
