public import CYPHubCore

/// Proto `cyphub.capital.v1.CompareVersionsResponse`: re-phasing between two versions (£000).
public struct CompareVersionsResponse: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// `£000`.
    public var unit: String
    /// The earlier version.
    public var fromVersion: VersionSummary
    /// The later version.
    public var toVersion: VersionSummary
    /// Every year of either version.
    public var years: [FinancialYear]
    /// The later version's projects in its order, then the dropped ones.
    public var projects: [ProjectChange]
    /// Programme spend per year before and after.
    public var netByYear: [YearChange]
    /// Programme spend before.
    public var totalBefore: Double
    /// Programme spend after.
    public var totalAfter: Double
    /// totalAfter − totalBefore.
    public var totalChange: Double
    /// Projects added.
    public var added: Int
    /// Projects dropped.
    public var dropped: Int
    /// Projects rephased.
    public var rephased: Int
    /// Projects whose cost changed.
    public var costChanged: Int
    /// Projects unchanged.
    public var unchanged: Int

    /// The wire form of a comparison.
    public init(_ comparison: VersionComparison) {
        let years = comparison.years
        let before = comparison.before
        let after = comparison.after
        authority = comparison.to.authority
        unit = CapitalModule.unit
        fromVersion = VersionSummary(comparison.from)
        toVersion = VersionSummary(comparison.to)
        self.years = years
        projects = comparison.projects.map(ProjectChange.init)
        netByYear = years.map { YearChange(year: $0, beforePounds: before[$0], afterPounds: after[$0]) }
        totalBefore = Thousands.figure(before.totalPounds)
        totalAfter = Thousands.figure(after.totalPounds)
        totalChange = Thousands.figure(after.totalPounds - before.totalPounds)
        let kinds = projects.map(\.kind)
        added = kinds.filter { $0 == .added }.count
        dropped = kinds.filter { $0 == .dropped }.count
        rephased = kinds.filter { $0 == .rephased }.count
        costChanged = kinds.filter { $0 == .costChanged }.count
        unchanged = kinds.filter { $0 == .unchanged }.count
    }
}
