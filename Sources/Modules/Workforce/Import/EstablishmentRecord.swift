public import CYPHubCore

/// One validated row of an establishment file.
public struct EstablishmentRecord: Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// The establishment's date.
    public var asAt: LocalDate
    /// The division, service, headcount and FTE.
    public var line: EstablishmentLine
    /// Where the figures come from.
    public var source: String
}
