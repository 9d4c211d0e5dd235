import CYPHubCore

/// The counts of one monthly demand snapshot that are imported as they are (not computed).
///
/// Rates are computed from these (``childProtectionRate`` etc.); CASS open is the sum of its two parts.
/// Property names are a wire contract: they are the lowerCamel JSON names of the `DemandFigures`
/// message in `cyphub/socialcare/v1/socialcare.proto`.
public struct DemandFigures: Sendable, Hashable, Codable {
    /// Total resident population (ONS mid-year estimate in force).
    public var population: Int
    /// Children aged 0 to 17 resident in the authority: the denominator of every rate.
    public var childrenAged0To17: Int
    /// Education, health and care plans maintained for children and young people aged 0 to 25.
    public var ehcpsAged0To25: Int
    /// Children subject to a child protection plan.
    public var childProtectionPlans: Int
    /// Children looked after, all ages.
    public var childrenLookedAfter: Int
    /// Children in need, including children looked after, on a protection plan and with a
    /// single assessment open.
    public var childrenInNeed: Int
    /// Early Help assessments opened in the snapshot week.
    public var earlyHelpAssessmentsOpenedInWeek: Int
    /// Cases open to the local authority designated officer (LADO).
    public var ladoCasesOpen: Int
    /// Cases open to the children's adolescent support service (CASS) for children in care under
    /// section 20.
    public var cassInCareSection20: Int
    /// Cases open to CASS for care leavers (former CASS).
    public var cassCareLeavers: Int

    /// Creates the figures.
    public init(
        population: Int,
        childrenAged0To17: Int,
        ehcpsAged0To25: Int,
        childProtectionPlans: Int,
        childrenLookedAfter: Int,
        childrenInNeed: Int,
        earlyHelpAssessmentsOpenedInWeek: Int,
        ladoCasesOpen: Int,
        cassInCareSection20: Int,
        cassCareLeavers: Int
    ) {
        self.population = population
        self.childrenAged0To17 = childrenAged0To17
        self.ehcpsAged0To25 = ehcpsAged0To25
        self.childProtectionPlans = childProtectionPlans
        self.childrenLookedAfter = childrenLookedAfter
        self.childrenInNeed = childrenInNeed
        self.earlyHelpAssessmentsOpenedInWeek = earlyHelpAssessmentsOpenedInWeek
        self.ladoCasesOpen = ladoCasesOpen
        self.cassInCareSection20 = cassInCareSection20
        self.cassCareLeavers = cassCareLeavers
    }

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
