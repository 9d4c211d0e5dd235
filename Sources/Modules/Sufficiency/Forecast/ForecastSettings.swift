/// How the cohort-survival forecast runs (module settings, see `docs/modules/sufficiency.md`).
public struct ForecastSettings: Sendable, Hashable {
    /// Years of history each survival ratio is the mean of.
    public var survivalYears: Int
    /// Years ahead forecast for primary (the school capacity survey asks 5).
    public var primaryHorizon: Int
    /// Years ahead forecast for secondary (the survey asks 7).
    public var secondaryHorizon: Int
    /// Share of a dwelling's primary yield in each year group, Reception to Year 6 (sums to 1).
    public var primaryProfile: [Double]
    /// Share of a dwelling's secondary yield in each year group, Year 7 to Year 11 (sums to 1).
    public var secondaryProfile: [Double]

    /// Creates settings; the defaults are 3 years of history, 5 and 7 years ahead and an even profile.
    public init(
        survivalYears: Int = 3, primaryHorizon: Int = 5, secondaryHorizon: Int = 7,
        primaryProfile: [Double] = Array(repeating: 1.0 / 7, count: 7),
        secondaryProfile: [Double] = Array(repeating: 1.0 / 5, count: 5)
    ) {
        self.survivalYears = survivalYears
        self.primaryHorizon = primaryHorizon
        self.secondaryHorizon = secondaryHorizon
        self.primaryProfile = primaryProfile
        self.secondaryProfile = secondaryProfile
    }
}
