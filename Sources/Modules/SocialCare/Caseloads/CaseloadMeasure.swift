/// One caseload measure: a team type counted on one basis (`early_help_cluster` by `families`).
public struct CaseloadMeasure: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The team type.
    public var teamType: TeamType
    /// What is counted.
    public var basis: CaseloadBasis

    /// Creates a measure.
    public init(_ teamType: TeamType, _ basis: CaseloadBasis = .cases) {
        self.teamType = teamType
        self.basis = basis
    }

    /// Every measure the module reports, in table order: each team type by cases, then by families
    /// where the team type counts families.
    public static let all: [CaseloadMeasure] = TeamType.specified.flatMap { teamType in
        teamType.countsFamilies
            ? [CaseloadMeasure(teamType, .cases), CaseloadMeasure(teamType, .families)]
            : [CaseloadMeasure(teamType, .cases)]
    }

    /// The settings key for this measure's threshold: the team type's raw value, with `_families`
    /// appended for the families basis (`early_help_cluster_families`).
    public var settingsKey: String {
        basis == .cases ? teamType.rawValue : "\(teamType.rawValue)_\(basis.rawValue)"
    }

    /// Orders measures as the table lists them.
    public static func < (lhs: CaseloadMeasure, rhs: CaseloadMeasure) -> Bool {
        let lhsIndex = TeamType.specified.firstIndex(of: lhs.teamType) ?? -1
        let rhsIndex = TeamType.specified.firstIndex(of: rhs.teamType) ?? -1
        if lhsIndex != rhsIndex { return lhsIndex < rhsIndex }
        return lhs.basis == .cases && rhs.basis == .families
    }

    /// `cin` or `early_help_cluster_families`.
    public var description: String { settingsKey }
}
