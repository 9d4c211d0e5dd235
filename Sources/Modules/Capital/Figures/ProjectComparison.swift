public import CYPHubCore

/// One project in two versions of a programme: how it changed.
public struct ProjectComparison: Sendable, Hashable {
    /// The project's id.
    public var projectID: String
    /// The project in the earlier version, or `nil` when added.
    public var before: CapitalProject?
    /// The project in the later version, or `nil` when dropped.
    public var after: CapitalProject?
    /// The years compared (every year of either version).
    public var years: [FinancialYear]

    /// Creates a comparison.
    public init(projectID: String, before: CapitalProject?, after: CapitalProject?, years: [FinancialYear]) {
        self.projectID = projectID
        self.before = before
        self.after = after
        self.years = years
    }

    /// Added, dropped, cost changed (gross cost differs), rephased (same gross cost, different profile) or
    /// unchanged.
    public var kind: ChangeKind {
        guard let before else { return .added }
        guard let after else { return .dropped }
        if before.grossCostPounds != after.grossCostPounds { return .costChanged }
        return rephasing == .none ? .unchanged : .rephased
    }

    /// For a project in both versions with the same gross cost: which way its spend moved, comparing the
    /// cumulative spend (spend before the programme included) at the end of every year.
    public var rephasing: Rephasing {
        guard let before, let after, before.grossCostPounds == after.grossCostPounds else { return .none }
        return Rephasing.between(cumulativeBefore: cumulative(before), cumulativeAfter: cumulative(after))
    }

    /// Spend in `year` before (0 when the project is not in the earlier version).
    public func before(in year: FinancialYear) -> Int { before?.spend(in: year) ?? 0 }

    /// Spend in `year` after (0 when the project is not in the later version).
    public func after(in year: FinancialYear) -> Int { after?.spend(in: year) ?? 0 }

    /// Places, phase or planning area differ (or only one version adds places).
    public var placesChanged: Bool {
        before?.places.map(\.places) != after?.places.map(\.places)
            || before?.places?.phase != after?.places?.phase
            || before?.places?.planningArea != after?.places?.planningArea
    }

    /// Years later (positive) or earlier (negative) the places open; `nil` unless both versions add places.
    public var openingYearShift: Int? {
        guard let was = before?.places?.openingYear, let now = after?.places?.openingYear else { return nil }
        return now.years(since: was)
    }

    private func cumulative(_ project: CapitalProject) -> [Int] {
        var running = project.spentBeforePounds
        return years.map { year in
            running += project.spend(in: year)
            return running
        }
    }
}
