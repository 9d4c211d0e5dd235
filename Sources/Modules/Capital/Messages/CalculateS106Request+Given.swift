extension CalculateS106Request {
    /// Creates a request; a rate that is `nil` is not given (its `has…` flag is false), so the module setting, or
    /// the newest programme's cost per place, applies.
    ///
    /// The rates' labels say `given` so that a call can never fall through to the generated initializer, which
    /// would set a rate without its flag.
    public init(
        authority: String,
        development: String = "",
        dwellings: Int,
        givenPrimaryYield: Double? = nil,
        givenSecondaryYield: Double? = nil,
        givenSpecialistYield: Double? = nil,
        givenPrimaryCostPerPlace: Double? = nil,
        givenSecondaryCostPerPlace: Double? = nil,
        givenSpecialistMultiplier: Double? = nil
    ) {
        self.init()
        self.authority = authority
        self.development = development
        self.dwellings = dwellings
        self.givenPrimaryYield = givenPrimaryYield
        self.givenSecondaryYield = givenSecondaryYield
        self.givenSpecialistYield = givenSpecialistYield
        self.givenPrimaryCostPerPlace = givenPrimaryCostPerPlace
        self.givenSecondaryCostPerPlace = givenSecondaryCostPerPlace
        self.givenSpecialistMultiplier = givenSpecialistMultiplier
    }

    /// Primary pupils per dwelling, `nil` when not given (`has_primary_yield` false).
    public var givenPrimaryYield: Double? {
        get { hasPrimaryYield ? primaryYield : nil }
        set { (hasPrimaryYield, primaryYield) = (newValue != nil, newValue ?? 0) }
    }

    /// Secondary pupils per dwelling, `nil` when not given.
    public var givenSecondaryYield: Double? {
        get { hasSecondaryYield ? secondaryYield : nil }
        set { (hasSecondaryYield, secondaryYield) = (newValue != nil, newValue ?? 0) }
    }

    /// Specialist pupils per dwelling, `nil` when not given.
    public var givenSpecialistYield: Double? {
        get { hasSpecialistYield ? specialistYield : nil }
        set { (hasSpecialistYield, specialistYield) = (newValue != nil, newValue ?? 0) }
    }

    /// The cost of a primary place in pounds, `nil` when not given.
    public var givenPrimaryCostPerPlace: Double? {
        get { hasPrimaryCostPerPlace ? primaryCostPerPlace : nil }
        set { (hasPrimaryCostPerPlace, primaryCostPerPlace) = (newValue != nil, newValue ?? 0) }
    }

    /// The cost of a secondary place in pounds, `nil` when not given.
    public var givenSecondaryCostPerPlace: Double? {
        get { hasSecondaryCostPerPlace ? secondaryCostPerPlace : nil }
        set { (hasSecondaryCostPerPlace, secondaryCostPerPlace) = (newValue != nil, newValue ?? 0) }
    }

    /// The specialist cost multiplier, `nil` when not given.
    public var givenSpecialistMultiplier: Double? {
        get { hasSpecialistMultiplier ? specialistMultiplier : nil }
        set { (hasSpecialistMultiplier, specialistMultiplier) = (newValue != nil, newValue ?? 0) }
    }
}
