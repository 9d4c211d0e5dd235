/// Proto `cyphub.workforce.v1.GetAgencyCostResponse`: agency against employed cost per FTE, and the annual
/// cost of the agency FTE against the same FTE employed. Money is in pounds, unrounded.
public struct GetAgencyCostResponse: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// Date of the pay rates used, `YYYY-MM-DD`.
    public var payAsAt: String
    /// Where the pay rates come from.
    public var paySource: String
    /// Monthly cost of one employed FTE.
    public var employedMonthly: Double
    /// Monthly cost of one agency FTE.
    public var agencyMonthly: Double
    /// Agency − employed, a month.
    public var monthlyPremium: Double
    /// False when the employed cost is zero.
    public var hasPremiumPercent: Bool
    /// The premium as a percentage of the employed cost.
    public var premiumPercent: Double
    /// Annual cost of one employed FTE (12 × monthly).
    public var employedAnnual: Double
    /// Annual cost of one agency FTE (12 × monthly).
    public var agencyAnnual: Double
    /// Annual premium per agency FTE (12 × monthly premium).
    public var annualPremiumPerFTE: Double
    /// The agency FTE costed.
    public var agencyFTE: Double
    /// Where ``agencyFTE`` comes from: `request` or `staff return`.
    public var agencyFTEBasis: String
    /// Census date of the staff return, when ``agencyFTE`` comes from it; otherwise empty.
    public var returnAsAt: String
    /// The staff return's agency rate, when ``agencyFTE`` comes from it (absent otherwise).
    public var agencyRate: RateFigure?
    /// Annual cost of the agency FTE at the agency cost.
    public var agencyAnnualCost: Double
    /// Annual cost of the same FTE at the employed cost.
    public var employedEquivalentAnnualCost: Double
    /// ``agencyAnnualCost`` − ``employedEquivalentAnnualCost``.
    public var annualPremium: Double

    enum CodingKeys: String, CodingKey {
        case authority
        case payAsAt
        case paySource
        case employedMonthly
        case agencyMonthly
        case monthlyPremium
        case hasPremiumPercent
        case premiumPercent
        case employedAnnual
        case agencyAnnual
        case annualPremiumPerFTE = "annualPremiumPerFte"
        case agencyFTE = "agencyFte"
        case agencyFTEBasis = "agencyFteBasis"
        case returnAsAt
        case agencyRate
        case agencyAnnualCost
        case employedEquivalentAnnualCost
        case annualPremium
    }

    /// Builds the response from a premium, a costed share and where the figures come from.
    public init(
        authority: String,
        payAsAt: String,
        paySource: String,
        premium: AgencyCostPremium,
        share: AgencyShareCost,
        agencyFTEBasis: String,
        returnAsAt: String,
        agencyRate: RateFigure?
    ) {
        self.authority = authority
        self.payAsAt = payAsAt
        self.paySource = paySource
        employedMonthly = premium.employedMonthly
        agencyMonthly = premium.agencyMonthly
        monthlyPremium = premium.monthlyPremium
        hasPremiumPercent = premium.premiumFraction != nil
        premiumPercent = (premium.premiumFraction ?? 0) * 100
        employedAnnual = premium.employedAnnual
        agencyAnnual = premium.agencyAnnual
        annualPremiumPerFTE = premium.annualPremium
        agencyFTE = share.agencyFTE
        self.agencyFTEBasis = agencyFTEBasis
        self.returnAsAt = returnAsAt
        self.agencyRate = agencyRate
        agencyAnnualCost = share.agencyAnnualCost
        employedEquivalentAnnualCost = share.employedEquivalentAnnualCost
        annualPremium = share.annualPremium
    }
}
