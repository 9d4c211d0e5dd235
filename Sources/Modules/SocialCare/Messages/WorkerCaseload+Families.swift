/// A worker's family count travels as `has_families` and `families`, because proto3 scalars have no presence:
/// 0 families held is not the same as no family count.
extension WorkerCaseload {
    /// Creates a record; `familyCount` is `nil` for team types that do not count families.
    ///
    /// Use this rather than the generated initializer's `families:`, which leaves `hasFamilies` false unless it is
    /// given too.
    public init(workerId: String, teamId: String, teamType: TeamType, cases: Int, familyCount: Int?) {
        self.init(
            workerId: workerId, teamId: teamId, teamType: teamType, cases: cases, hasFamilies: familyCount != nil,
            families: familyCount ?? 0)
    }

    /// The families held, or `nil` when the record has no family count.
    public var familyCount: Int? { hasFamilies ? families : nil }

    /// The caseload on a basis: ``cases``, or ``familyCount`` for families (`nil` without a family count).
    public func caseload(_ basis: CaseloadBasis) -> Int? {
        switch basis {
        case .cases: cases
        case .families: familyCount
        case .unspecified: nil
        }
    }
}
