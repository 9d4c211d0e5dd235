extension GetAgencyCostResponse {
    /// The response for a premium, a costed agency FTE and where the figures come from.
    public init(
        authority: String,
        payAsAt: String,
        paySource: String,
        premium: AgencyCostPremium,
        share: AgencyShareCost,
        agencyFteBasis: String,
        returnAsAt: String,
        agencyRate: RateFigure?
    ) {
        self.init(
            authority: authority,
            payAsAt: payAsAt,
            paySource: paySource,
            employedMonthly: premium.employedMonthly,
            agencyMonthly: premium.agencyMonthly,
            monthlyPremium: premium.monthlyPremium,
            hasPremiumPercent: premium.premiumFraction != nil,
            premiumPercent: (premium.premiumFraction ?? 0) * 100,
            employedAnnual: premium.employedAnnual,
            agencyAnnual: premium.agencyAnnual,
            annualPremiumPerFte: premium.annualPremium,
            agencyFte: share.agencyFTE,
            agencyFteBasis: agencyFteBasis,
            returnAsAt: returnAsAt,
            agencyRate: agencyRate,
            agencyAnnualCost: share.agencyAnnualCost,
            employedEquivalentAnnualCost: share.employedEquivalentAnnualCost,
            annualPremium: share.annualPremium
        )
    }
}
