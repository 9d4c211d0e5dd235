extension CalculateS106Response {
    /// The contribution a development owes, with its lines and where the multiplier comes from.
    public init(
        authority: String,
        development: String,
        contribution: S106Contribution,
        lines: [S106Line],
        specialistMultiplier: Double,
        specialistMultiplierBasis: RateBasis,
        programmeVersion: String
    ) {
        self.init(
            authority: authority, development: development, dwellings: contribution.dwellings, lines: lines,
            specialistMultiplier: specialistMultiplier, specialistMultiplierBasis: specialistMultiplierBasis,
            programmeVersion: programmeVersion, totalPupils: contribution.totalPupils, totalPounds: contribution.totalPounds)
    }
}
