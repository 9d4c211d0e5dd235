import CYPHubCore

/// The figures computed from a snapshot's imported counts: rates per 10,000 children aged 0-17 and CASS open.
extension DemandFigures {
    /// CASS open: in care (S20) plus care leavers.
    public var cassOpen: Int { cassInCareSection20 + cassCareLeavers }

    /// Child protection plans per 10,000 children aged 0-17, unrounded (`nil` when there are no children).
    public var childProtectionRate: Double? { Self.ratePer10000(childProtectionPlans, childrenAged0To17) }

    /// Children looked after per 10,000 children aged 0-17, unrounded.
    public var childrenLookedAfterRate: Double? { Self.ratePer10000(childrenLookedAfter, childrenAged0To17) }

    /// Children in need per 10,000 children aged 0-17, unrounded.
    public var childrenInNeedRate: Double? { Self.ratePer10000(childrenInNeed, childrenAged0To17) }

    /// `count / children × 10,000` (the core's `Rates.per10000`), or `nil` when `children` is not positive.
    public static func ratePer10000(_ count: Int, _ children: Int) -> Double? {
        Rates.per10000(Double(count), of: Double(children))
    }
}
