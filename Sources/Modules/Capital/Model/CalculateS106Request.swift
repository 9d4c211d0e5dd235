/// Proto `cyphub.capital.v1.CalculateS106Request`: a development and, optionally, rates that override the
/// module settings. Each rate has a `has…` flag: false (the proto3 default) means "not given".
public struct CalculateS106Request: Codable, Sendable, Equatable {
    /// ONS code of the authority (its newest programme supplies a cost per place neither given nor set).
    public var authority: String
    /// A name for the development, echoed back.
    public var development: String
    /// Dwellings in the development.
    public var dwellings: Int
    /// Whether ``primaryYield`` is given.
    public var hasPrimaryYield: Bool
    /// Primary pupils per dwelling.
    public var primaryYield: Double
    /// Whether ``secondaryYield`` is given.
    public var hasSecondaryYield: Bool
    /// Secondary pupils per dwelling.
    public var secondaryYield: Double
    /// Whether ``specialistYield`` is given.
    public var hasSpecialistYield: Bool
    /// Specialist pupils per dwelling.
    public var specialistYield: Double
    /// Whether ``primaryCostPerPlace`` is given.
    public var hasPrimaryCostPerPlace: Bool
    /// Cost of a primary place, in pounds.
    public var primaryCostPerPlace: Double
    /// Whether ``secondaryCostPerPlace`` is given.
    public var hasSecondaryCostPerPlace: Bool
    /// Cost of a secondary place, in pounds.
    public var secondaryCostPerPlace: Double
    /// Whether ``specialistMultiplier`` is given.
    public var hasSpecialistMultiplier: Bool
    /// A specialist place costs this multiple of the mean of the primary and secondary costs per place.
    public var specialistMultiplier: Double

    /// Creates a request; a `nil` rate is not given, so the setting (or the programme) applies.
    public init(
        authority: String,
        development: String = "",
        dwellings: Int,
        primaryYield: Double? = nil,
        secondaryYield: Double? = nil,
        specialistYield: Double? = nil,
        primaryCostPerPlace: Double? = nil,
        secondaryCostPerPlace: Double? = nil,
        specialistMultiplier: Double? = nil
    ) {
        self.authority = authority
        self.development = development
        self.dwellings = dwellings
        hasPrimaryYield = primaryYield != nil
        self.primaryYield = primaryYield ?? 0
        hasSecondaryYield = secondaryYield != nil
        self.secondaryYield = secondaryYield ?? 0
        hasSpecialistYield = specialistYield != nil
        self.specialistYield = specialistYield ?? 0
        hasPrimaryCostPerPlace = primaryCostPerPlace != nil
        self.primaryCostPerPlace = primaryCostPerPlace ?? 0
        hasSecondaryCostPerPlace = secondaryCostPerPlace != nil
        self.secondaryCostPerPlace = secondaryCostPerPlace ?? 0
        hasSpecialistMultiplier = specialistMultiplier != nil
        self.specialistMultiplier = specialistMultiplier ?? 0
    }
}
