/// Proto `SpecialistPlacesReport`.
public struct SpecialistPlacesReport: Sendable, Hashable, Codable {
    /// Authority.
    public var authority: String
    /// Base year.
    public var baseYear: String
    /// The SEND caseload snapshot used (YYYY-MM-DD).
    public var caseloadAsAt: String
    /// Children with an EHCP in special schools, resourced provision / SEN units and independent special schools at that date: aged 5-10 and aged 11-15.
    public var primaryBase: Int
    /// Secondary base.
    public var secondaryBase: Int
    /// Annual growth applied, % (compound growth of the EHCP total).
    public var annualGrowthPercent: Double
    /// Growth basis.
    public var growthBasis: String
    /// Years.
    public var years: [SpecialistYear]
    /// Provision.
    public var provision: [SchoolInfo]
    /// Notes.
    public var notes: [String]
}
