/// What an agency social worker costs over an employed one, per full-time equivalent.
///
/// Seed 004 (Leicester scrutiny minutes, 14 January 2025, quoting an FOI answer of November 2024): agency
/// social workers are paid on average £5,440 a month and employed staff £3,495 a month. Worked by hand:
/// premium £5,440 − £3,495 = £1,945 a month, which is 1,945 ÷ 3,495 = 55.65% (55.7%) above the employed
/// cost, and £1,945 × 12 = £23,340 a year per agency FTE. The seed's own figures exclude agency fees, and
/// so does this type: it compares the two monthly amounts it is given.
public struct AgencyCostPremium: Sendable, Hashable {
    /// Monthly cost of one employed FTE, in pounds.
    public var employedMonthly: Double
    /// Monthly cost of one agency FTE, in pounds.
    public var agencyMonthly: Double

    /// Agency monthly cost − employed monthly cost, in pounds (negative if agency is cheaper).
    public var monthlyPremium: Double { agencyMonthly - employedMonthly }

    /// The premium as a fraction of the employed cost, or `nil` when the employed cost is not positive.
    public var premiumFraction: Double? {
        WorkforceRatio(numerator: monthlyPremium, denominator: employedMonthly).value
    }

    /// Annual cost of one employed FTE: 12 × monthly.
    public var employedAnnual: Double { employedMonthly * 12 }

    /// Annual cost of one agency FTE: 12 × monthly.
    public var agencyAnnual: Double { agencyMonthly * 12 }

    /// Annual premium per agency FTE: 12 × monthly premium.
    public var annualPremium: Double { monthlyPremium * 12 }

    /// Annual cost of `agencyFTE` agency workers, what the same FTE would cost employed, and the difference.
    public func annualCost(agencyFTE: Double) -> AgencyShareCost {
        AgencyShareCost(
            agencyFTE: agencyFTE,
            agencyAnnualCost: agencyFTE * agencyAnnual,
            employedEquivalentAnnualCost: agencyFTE * employedAnnual,
            annualPremium: agencyFTE * annualPremium
        )
    }
}
