/// The rates an S106 education contribution is computed from.
public struct S106Rates: Sendable, Hashable {
    /// Pupils per dwelling by phase (primary, secondary, specialist).
    public var yieldPerDwelling: [SchoolPhase: Double]
    /// Cost of a primary place, in pounds.
    public var primaryCostPerPlacePounds: Double
    /// Cost of a secondary place, in pounds.
    public var secondaryCostPerPlacePounds: Double
    /// A specialist place costs this multiple of the mean of the primary and secondary costs per place.
    public var specialistCostMultiplier: Double

    /// Creates rates.
    public init(
        yieldPerDwelling: [SchoolPhase: Double],
        primaryCostPerPlacePounds: Double,
        secondaryCostPerPlacePounds: Double,
        specialistCostMultiplier: Double
    ) {
        self.yieldPerDwelling = yieldPerDwelling
        self.primaryCostPerPlacePounds = primaryCostPerPlacePounds
        self.secondaryCostPerPlacePounds = secondaryCostPerPlacePounds
        self.specialistCostMultiplier = specialistCostMultiplier
    }

    /// The cost per place of `phase`: specialist is the multiplier × the mean of primary and secondary; 0 for
    /// no phase.
    public func costPerPlacePounds(_ phase: SchoolPhase) -> Double {
        switch phase {
        case .unspecified: 0
        case .primary: primaryCostPerPlacePounds
        case .secondary: secondaryCostPerPlacePounds
        case .specialist: specialistCostMultiplier * (primaryCostPerPlacePounds + secondaryCostPerPlacePounds) / 2
        }
    }
}
