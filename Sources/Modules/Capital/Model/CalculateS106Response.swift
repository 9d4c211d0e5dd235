/// Proto `cyphub.capital.v1.CalculateS106Response`: the contribution a development owes, by phase, in pounds.
public struct CalculateS106Response: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// The development's name, as given.
    public var development: String
    /// Dwellings.
    public var dwellings: Int
    /// Primary, secondary, specialist.
    public var lines: [S106Line]
    /// The specialist cost multiplier used.
    public var specialistMultiplier: Double
    /// Where the multiplier comes from.
    public var specialistMultiplierBasis: RateBasis
    /// The programme version a cost per place came from; empty when none did.
    public var programmeVersion: String
    /// Pupils over every phase.
    public var totalPupils: Double
    /// The contribution over every phase, in pounds, unrounded.
    public var totalPounds: Double

    /// Creates a response.
    public init(
        authority: String,
        development: String,
        contribution: S106Contribution,
        lines: [S106Line],
        specialistMultiplier: Double,
        specialistMultiplierBasis: RateBasis,
        programmeVersion: String
    ) {
        self.authority = authority
        self.development = development
        dwellings = contribution.dwellings
        self.lines = lines
        self.specialistMultiplier = specialistMultiplier
        self.specialistMultiplierBasis = specialistMultiplierBasis
        self.programmeVersion = programmeVersion
        totalPupils = contribution.totalPupils
        totalPounds = contribution.totalPounds
    }
}
