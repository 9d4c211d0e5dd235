public import CYPHubCore

/// Re-phasing between two versions of a programme: every project's change and the net change per year.
public struct VersionComparison: Sendable, Hashable {
    /// The earlier version.
    public var from: CapitalProgramme
    /// The later version.
    public var to: CapitalProgramme

    /// Every year of either version, in order.
    public var years: [FinancialYear] { Set(from.years + to.years).sorted() }

    /// The later version's projects in its order, then the projects it dropped in the earlier version's order.
    public var projects: [ProjectComparison] {
        let years = self.years
        let earlier = Dictionary(from.projects.map { ($0.projectID, $0) }, uniquingKeysWith: { first, _ in first })
        let later = Set(to.projects.map(\.projectID))
        let kept = to.projects.map { project in
            ProjectComparison(projectID: project.projectID, before: earlier[project.projectID], after: project, years: years)
        }
        let dropped = from.projects.filter { !later.contains($0.projectID) }.map { project in
            ProjectComparison(projectID: project.projectID, before: project, after: nil, years: years)
        }
        return kept + dropped
    }

    /// Programme spend per year before, in pounds.
    public var before: YearAmounts { from.spendByYear }

    /// Programme spend per year after, in pounds.
    public var after: YearAmounts { to.spendByYear }
}
