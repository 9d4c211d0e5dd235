public import CYPHubCore

/// One validated row of a pay rates file: the monthly cost of one FTE of one employment type.
public struct PayRateRecord: Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// The date the rate applies at.
    public var asAt: LocalDate
    /// Employed or agency.
    public var employmentType: EmploymentType
    /// Pounds per FTE per month.
    public var monthlyCost: Double
    /// Where the figure comes from.
    public var source: String
}
