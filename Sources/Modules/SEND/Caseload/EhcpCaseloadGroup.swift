/// One age band or one setting type within a caseload snapshot.
public struct EhcpCaseloadGroup: Sendable, Hashable, Codable {
    /// The band or setting's key as the CSV writes it (`5-10`, `mainstream_school`), or `not_stated`
    /// for the part of the snapshot's total the rows do not break down.
    public var key: String
    /// A name for people.
    public var label: String
    /// The count.
    public var count: Int
    /// The weakest source among the rows it is built from.
    public var source: SENDDataSource
    /// Against the same group in the previous snapshot that has it.
    public var sincePrevious: SENDCountChange
    /// Against the same group about a year before (within 45 days of one year earlier).
    public var sinceYearAgo: SENDCountChange
    /// Whether the snapshot has a total, so the share below means something.
    public var hasShareOfTotal: Bool
    /// Count ÷ snapshot total × 100.
    public var shareOfTotalPercent: Double
}
