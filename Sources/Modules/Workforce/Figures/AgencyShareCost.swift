/// The annual cost of an authority's agency social workers against what the same FTE would cost employed.
public struct AgencyShareCost: Sendable, Hashable {
    /// Agency FTE the figures are for.
    public var agencyFTE: Double
    /// Annual cost of that agency FTE at the agency monthly cost, in pounds.
    public var agencyAnnualCost: Double
    /// Annual cost of the same FTE at the employed monthly cost, in pounds.
    public var employedEquivalentAnnualCost: Double
    /// `agencyAnnualCost − employedEquivalentAnnualCost`, in pounds.
    public var annualPremium: Double

    /// Creates the figures.
    public init(
        agencyFTE: Double, agencyAnnualCost: Double, employedEquivalentAnnualCost: Double, annualPremium: Double
    ) {
        self.agencyFTE = agencyFTE
        self.agencyAnnualCost = agencyAnnualCost
        self.employedEquivalentAnnualCost = employedEquivalentAnnualCost
        self.annualPremium = annualPremium
    }
}
