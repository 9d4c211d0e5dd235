public import CYPHubCore

/// One validated row of a staff return file: one team at one census date.
public struct StaffReturnRecord: Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// Census date.
    public var asAt: LocalDate
    /// The team's counts.
    public var teamReturn: TeamReturn
    /// Where the figures come from.
    public var source: String
}
