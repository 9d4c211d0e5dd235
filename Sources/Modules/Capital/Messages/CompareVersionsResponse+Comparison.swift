import CYPHubCore

extension CompareVersionsResponse {
    /// Re-phasing between two versions, in £000.
    public init(_ comparison: VersionComparison) {
        let years = comparison.years
        let before = comparison.before
        let after = comparison.after
        let projects = comparison.projects.map(ProjectChange.init)
        let kinds = projects.map(\.kind)
        self.init(
            authority: comparison.to.authority, unit: CapitalModule.unit, fromVersion: VersionSummary(comparison.from),
            toVersion: VersionSummary(comparison.to), years: years.map(\.description), projects: projects,
            netByYear: years.map { YearChange(year: $0, beforePounds: before[$0], afterPounds: after[$0]) },
            totalBefore: Thousands.figure(before.totalPounds), totalAfter: Thousands.figure(after.totalPounds),
            totalChange: Thousands.figure(after.totalPounds - before.totalPounds),
            added: kinds.filter { $0 == .added }.count, dropped: kinds.filter { $0 == .dropped }.count,
            rephased: kinds.filter { $0 == .rephased }.count, costChanged: kinds.filter { $0 == .costChanged }.count,
            unchanged: kinds.filter { $0 == .unchanged }.count)
    }
}
